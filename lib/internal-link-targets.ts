// Finds `[[target]]` and `[[target|label]]` internal links in text and resolves a target to a
// question slug by its slug, title or an alias, ignoring case, spacing and punctuation.
import { toSlug } from './slug';

export interface InternalLink {
  /** The link as written, brackets included. */
  raw: string;
  target: string;
  label?: string;
  /** Offset of the opening `[[` in the searched text. */
  index: number;
}

const INTERNAL_LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

export function findInternalLinks(text: string): InternalLink[] {
  return [...text.matchAll(INTERNAL_LINK)].map((match) => ({
    raw: match[0],
    target: match[1].trim().replace(/\s+/g, ' '),
    label: match[2]?.trim().replace(/\s+/g, ' '),
    index: match.index,
  }));
}

export interface LinkableQuestion {
  slug: string;
  title: string;
  aliases?: readonly string[];
}

/** A resolver from link target to slug; a slug wins over a title, a title over an alias. */
export function createLinkResolver(questions: readonly LinkableQuestion[]): (target: string) => string | undefined {
  const bySlug = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const byAlias = new Map<string, string>();
  for (const question of questions) {
    bySlug.set(question.slug, question.slug);
    if (!byTitle.has(toSlug(question.title))) byTitle.set(toSlug(question.title), question.slug);
    for (const alias of question.aliases ?? [])
      if (!byAlias.has(toSlug(alias))) byAlias.set(toSlug(alias), question.slug);
  }
  return (target) => {
    const key = toSlug(target);
    return bySlug.get(key) ?? byTitle.get(key) ?? byAlias.get(key);
  };
}
