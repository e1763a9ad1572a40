// Which addresses under /questions, /categories and /tags some content backs, decided from the slim
// index before anything renders. proxy.ts answers every other such address with the static 404
// page, so a stranger requesting random slugs never makes Next render (and cache) a page for them.
import type { ContentIndex } from '../content/types';
import { pageCount, parsePageParam } from '../pages/pagination';
import { visibleQuestions, type VisibilityOptions } from '../content/questions';
import { slugFromParam } from '../content/slug';

export interface AddressTable {
  questions: ReadonlySet<string>;
  /** Slug to the number of questions listed, for the range of `/page/n`. */
  categories: ReadonlyMap<string, number>;
  tags: ReadonlyMap<string, number>;
}

export function addressTable(index: ContentIndex, options: VisibilityOptions): AddressTable {
  const questions = visibleQuestions(index.questions, options);
  const categories = new Map(index.categories.map((category) => [category.slug, 0]));
  const tags = new Map<string, number>();
  for (const question of questions) {
    if (categories.has(question.category)) categories.set(question.category, categories.get(question.category)! + 1);
    for (const tag of question.tags) tags.set(tag.slug, (tags.get(tag.slug) ?? 0) + 1);
  }
  return { questions: new Set(questions.map((question) => question.slug)), categories, tags };
}

/** A list's address: the list itself, or a page 2..last of it in canonical form. */
function isListAddress(count: number | undefined, rest: readonly string[]): boolean {
  if (count === undefined) return false;
  if (rest.length === 0) return true;
  if (rest.length !== 2 || rest[0] !== 'page') return false;
  const page = parsePageParam(rest[1]!);
  return page !== undefined && page <= pageCount(count);
}

/**
 * False when `pathname` (as sent, percent-encoded) names a question, category or tag that does not
 * exist, or a page of a list beyond its last. Every other path is left to the router.
 */
export function isBackedByContent(pathname: string, table: AddressTable): boolean {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const [section, encodedSlug, ...rest] = segments;
  if (encodedSlug === undefined) return true;
  const slug = slugFromParam(encodedSlug);
  switch (section) {
    case 'questions':
      // The page and everything under it (its Open Graph image).
      return table.questions.has(slug);
    case 'categories':
      return isListAddress(table.categories.get(slug), rest);
    case 'tags':
      return isListAddress(table.tags.get(slug), rest);
    default:
      return true;
  }
}
