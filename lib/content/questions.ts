// Pure queries over the slim question index. Drafts are filtered here and nowhere else.
import type { QuestionEntry } from './types';

export interface VisibilityOptions {
  includeDrafts: boolean;
}

/** Drafts are shown only while previewing locally (`npm run dev`), never in a production build. */
export function isVisible(entry: { draft: boolean }, { includeDrafts }: VisibilityOptions): boolean {
  return includeDrafts || !entry.draft;
}

export function visibleQuestions<T extends { draft: boolean }>(entries: readonly T[], options: VisibilityOptions): T[] {
  return entries.filter((entry) => isVisible(entry, options));
}

type Dated = Pick<QuestionEntry, 'published' | 'title'>;

/**
 * Newest first, then by title. Dates are ISO strings, whose code-point order is their order in time:
 * compared as such, not with localeCompare, which is far slower and runs on every list a page shows.
 */
export function byNewest(a: Dated, b: Dated): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.title.localeCompare(b.title);
}

export function latestQuestions(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  return [...entries].sort(byNewest).slice(0, count);
}

export function questionsInCategory(entries: readonly QuestionEntry[], categorySlug: string): QuestionEntry[] {
  return entries.filter((entry) => entry.category === categorySlug).sort(byNewest);
}

export function questionsWithTag(entries: readonly QuestionEntry[], tagSlug: string): QuestionEntry[] {
  return entries.filter((entry) => entry.tags.some((tag) => tag.slug === tagSlug)).sort(byNewest);
}

/**
 * The questions that matter most: featured ones first, then the newest, up to `count`. A build
 * prerenders these (the rest are rendered on first request and cached), and a reader with nothing
 * else to go on is offered them.
 */
export function featuredThenNewest(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  const newest = [...entries].sort(byNewest);
  return [...newest.filter((entry) => entry.featured), ...newest.filter((entry) => !entry.featured)].slice(
    0,
    Math.max(0, count),
  );
}

export interface Neighbours {
  /** The question listed just before this one on its category page (newer). */
  previous?: string;
  /** The question listed just after it (older). */
  next?: string;
}

/** Each published question's neighbours in its category's newest-first list; drafts have none. */
export function categoryNeighbours(
  entries: readonly Pick<QuestionEntry, 'slug' | 'title' | 'category' | 'published' | 'draft'>[],
): Map<string, Neighbours> {
  const byCategory = new Map<string, Pick<QuestionEntry, 'slug' | 'title' | 'published'>[]>();
  for (const entry of visibleQuestions(entries, { includeDrafts: false })) {
    const list = byCategory.get(entry.category);
    if (list) list.push(entry);
    else byCategory.set(entry.category, [entry]);
  }
  const neighbours = new Map<string, Neighbours>();
  for (const list of byCategory.values()) {
    list.sort(byNewest);
    list.forEach((entry, i) => neighbours.set(entry.slug, { previous: list[i - 1]?.slug, next: list[i + 1]?.slug }));
  }
  return neighbours;
}

/** How many questions a category's "Start here" list holds; smaller categories show none. */
export const START_HERE_COUNT = 3;

/**
 * The questions a newcomer to a list should read first: featured ones, then those most often listed
 * as related by the others (the list's hubs), then the newest.
 */
export function startHere(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  const slugs = new Set(entries.map((entry) => entry.slug));
  const inbound = new Map<string, number>();
  for (const entry of entries)
    for (const slug of entry.related) if (slugs.has(slug)) inbound.set(slug, (inbound.get(slug) ?? 0) + 1);
  return [...entries]
    .sort(
      (a, b) =>
        Number(b.featured) - Number(a.featured) ||
        (inbound.get(b.slug) ?? 0) - (inbound.get(a.slug) ?? 0) ||
        byNewest(a, b),
    )
    .slice(0, Math.max(0, count));
}

/** The home page's two lists: every featured question, and the newest few of the rest (no repeats). */
export function featuredAndLatest(
  entries: readonly QuestionEntry[],
  latestCount: number,
): { featured: QuestionEntry[]; latest: QuestionEntry[] } {
  const newest = [...entries].sort(byNewest);
  return {
    featured: newest.filter((entry) => entry.featured),
    latest: newest.filter((entry) => !entry.featured).slice(0, Math.max(0, latestCount)),
  };
}
