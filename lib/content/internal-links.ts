// Internal links that editors write as [[target]] or [[target|link text]]: finding them in text,
// resolving a target against question slugs, titles and aliases, and locating them in a source
// file. Pure and React-free, so the MDX plugin, the index builder, the page and `npm run check`
// all share one resolver. The same brackets hold a registered figure, [[figure:ID]]
// (data/figures.ts): it reads as the figure's wording and links nowhere.
import { nearestName } from './suggest';
import { FIGURES, isFigureId } from '../../data/figures';
import { isVisible, type VisibilityOptions } from './questions';
import { toSlug } from './slug';

/** What a link needs to know about a question it may point to. */
export interface LinkTarget {
  slug: string;
  url: string;
  title: string;
  aliases: readonly string[];
  draft: boolean;
}

export interface InternalLinkMatch {
  /** The link exactly as written, brackets included. */
  raw: string;
  /** The slug, title or alias it points to. */
  target: string;
  /** The text a reader sees: the part after `|`, or else the target as written (a figure: its wording). */
  label: string;
  /** For [[figure:ID]], the ID as written (registered or not): not a link to a question. */
  figure?: string;
  start: number;
  end: number;
}

/** Match keys (slugified) to questions. Build once, resolve many times. */
export type LinkIndex = ReadonlyMap<string, LinkTarget>;

export type LinkResolution = { ok: true; target: LinkTarget } | { ok: false; message: string };

export type LinkResolver = (target: string) => LinkResolution;

export type LinkedSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const INTERNAL_LINK = /\[\[([\s\S]*?)\]\]/g;
const FIGURE_LINK = /^\s*figure\s*:\s*([^\s|\]]*)\s*$/i;

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Offsets of every `[[` that no `]]` closes before the next `[[` (a link left open). */
export function findUnclosedLinks(text: string): number[] {
  const open: number[] = [];
  for (let start = text.indexOf('[['); start !== -1;) {
    const close = text.indexOf(']]', start + 2);
    const next = text.indexOf('[[', start + 2);
    if (close === -1 || (next !== -1 && next < close)) open.push(start);
    start = close === -1 || (next !== -1 && next < close) ? next : text.indexOf('[[', close + 2);
  }
  return open;
}

export function findInternalLinks(text: string): InternalLinkMatch[] {
  const matches: InternalLinkMatch[] = [];
  for (const match of text.matchAll(INTERNAL_LINK)) {
    const place = { raw: match[0], start: match.index, end: match.index + match[0].length };
    const figure = FIGURE_LINK.exec(match[1]);
    if (figure) {
      const id = figure[1];
      matches.push({ ...place, target: `figure:${id}`, label: isFigureId(id) ? FIGURES[id].text : id, figure: id });
      continue;
    }
    const bar = match[1].indexOf('|');
    const target = collapse(bar === -1 ? match[1] : match[1].slice(0, bar));
    const label = bar === -1 ? '' : collapse(match[1].slice(bar + 1));
    matches.push({ ...place, target, label: label || target });
  }
  return matches;
}

/**
 * Keys are slugified, so matching ignores case, spacing and punctuation. A slug wins over a title,
 * and a title over an alias, when two questions would claim the same key.
 */
export function buildLinkIndex(targets: Iterable<LinkTarget>): LinkIndex {
  const list = [...targets];
  const index = new Map<string, LinkTarget>();
  for (const target of list) for (const alias of target.aliases) index.set(toSlug(alias), target);
  for (const target of list) index.set(toSlug(target.title), target);
  for (const target of list) index.set(toSlug(target.slug), target);
  index.delete('');
  return index;
}

/** Drafts are link targets only where drafts are visible (a draft linking to a draft, or a preview). */
export function resolveLink(index: LinkIndex, target: string, options: VisibilityOptions): LinkResolution {
  const found = index.get(toSlug(target));
  if (!found) {
    const nearest = nearestName(target, index.keys());
    const hint = nearest === undefined ? '' : ` (did you mean [[${index.get(nearest)!.slug}]]?)`;
    return { ok: false, message: `matches no question slug, title or alias${hint}` };
  }
  if (!isVisible(found, options)) return { ok: false, message: `points to "${found.slug}", which is a draft` };
  return { ok: true, target: found };
}

export function linkResolver(index: LinkIndex, options: VisibilityOptions): LinkResolver {
  return (target) => resolveLink(index, target, options);
}

/**
 * Splits text into plain runs and resolved links. An unresolved link becomes its label as plain
 * text: the build has already refused it, and a reader must never see raw brackets.
 */
export function linkSegments(text: string, resolve: LinkResolver): LinkedSegment[] {
  const segments: LinkedSegment[] = [];
  let cursor = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const last = segments.at(-1);
    if (last?.kind === 'text') last.text += value;
    else segments.push({ kind: 'text', text: value });
  };
  for (const link of findInternalLinks(text)) {
    pushText(text.slice(cursor, link.start));
    if (link.figure !== undefined) {
      pushText(link.label);
      cursor = link.end;
      continue;
    }
    const resolution = resolve(link.target);
    if (resolution.ok) segments.push({ kind: 'link', text: link.label, href: resolution.target.url });
    else pushText(link.label);
    cursor = link.end;
  }
  pushText(text.slice(cursor));
  return segments;
}

export interface UnresolvedLink {
  raw: string;
  message: string;
}

export function unresolvedLinks(text: string, resolve: LinkResolver): UnresolvedLink[] {
  const problems: UnresolvedLink[] = [];
  for (const link of findInternalLinks(text)) {
    const resolution = link.figure !== undefined ? resolveFigure(link.figure) : resolve(link.target);
    if (!resolution.ok) problems.push({ raw: link.raw, message: resolution.message });
  }
  return problems;
}

/** A [[figure:ID]] resolves when the ID is registered in data/figures.ts. */
export function resolveFigure(id: string): { ok: true; target?: undefined } | { ok: false; message: string } {
  if (isFigureId(id)) return { ok: true };
  return {
    ok: false,
    message: `names no figure in data/figures.ts (figures: ${Object.keys(FIGURES).join(', ')})`,
  };
}

export function describeUnresolved(link: UnresolvedLink): string {
  return `internal link ${collapse(link.raw)} ${link.message}`;
}

/** Text with every link replaced by its label, for meta descriptions, cards and search. */
export function stripInternalLinks(text: string): string {
  let out = '';
  let cursor = 0;
  for (const link of findInternalLinks(text)) {
    out += text.slice(cursor, link.start) + link.label;
    cursor = link.end;
  }
  return out + text.slice(cursor);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The 1-based line of `raw` in a source file, allowing for YAML or Markdown having wrapped it
 * across lines. `fromLine` skips earlier lines (e.g. the frontmatter when looking in a body).
 */
export function lineOf(source: string, raw: string, fromLine = 1): number | undefined {
  const pattern = new RegExp(collapse(raw).split(' ').map(escapeRegExp).join('\\s+'), 'g');
  let offset = 0;
  for (let line = 1; line < fromLine; line++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  pattern.lastIndex = offset;
  const match = pattern.exec(source);
  if (!match) return undefined;
  return source.slice(0, match.index).split('\n').length;
}

/** The frontmatter text fields that may hold internal links, with a field name for error messages. */
export interface LinkableQuestion {
  summary: string;
  shortAnswer: string;
  verdictNote?: string;
  keyPoints: readonly { text: string }[];
  tips?: readonly { text: string }[];
  myths?: readonly { correction: string }[];
  faqs: readonly { answer: string }[];
  whenToGetHelp?: readonly { signs: readonly string[] }[];
}

export function linkableFields(doc: LinkableQuestion): { field: string; text: string }[] {
  return [
    { field: 'summary', text: doc.summary },
    { field: 'shortAnswer', text: doc.shortAnswer },
    ...(doc.verdictNote ? [{ field: 'verdictNote', text: doc.verdictNote }] : []),
    ...doc.keyPoints.map((point, i) => ({ field: `keyPoints[${i}].text`, text: point.text })),
    ...(doc.tips ?? []).map((tip, i) => ({ field: `tips[${i}].text`, text: tip.text })),
    ...(doc.myths ?? []).map((myth, i) => ({ field: `myths[${i}].correction`, text: myth.correction })),
    ...doc.faqs.map((faq, i) => ({ field: `faqs[${i}].answer`, text: faq.answer })),
    ...(doc.whenToGetHelp ?? []).flatMap((box, b) =>
      box.signs.map((text, i) => ({ field: `whenToGetHelp[${b}].signs[${i}]`, text })),
    ),
  ];
}
