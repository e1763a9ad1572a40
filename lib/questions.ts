// Pure queries over the slim question index. Drafts are filtered here and nowhere else.
import type { QuestionEntry } from './content-types';

export interface VisibilityOptions {
  includeDrafts: boolean;
}

/** Drafts are shown only while previewing locally (`npm run dev`), never in a production build. */
export function visibleQuestions(
  entries: readonly QuestionEntry[],
  { includeDrafts }: VisibilityOptions,
): QuestionEntry[] {
  return entries.filter((entry) => includeDrafts || !entry.draft);
}

export function byNewest(a: QuestionEntry, b: QuestionEntry): number {
  return b.published.localeCompare(a.published) || a.title.localeCompare(b.title);
}

export function latestQuestions(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  return [...entries].sort(byNewest).slice(0, count);
}

export function findQuestion(entries: readonly QuestionEntry[], slug: string): QuestionEntry | undefined {
  return entries.find((entry) => entry.slug === slug);
}

export function questionsInCategory(entries: readonly QuestionEntry[], categorySlug: string): QuestionEntry[] {
  return entries.filter((entry) => entry.category === categorySlug).sort(byNewest);
}

export function questionsWithTag(entries: readonly QuestionEntry[], tagSlug: string): QuestionEntry[] {
  return entries.filter((entry) => entry.tags.some((tag) => tag.slug === tagSlug)).sort(byNewest);
}

/**
 * The questions a build prerenders: featured ones first, then the newest, up to `limit`.
 * The rest are rendered on their first request and then served from the ISR cache.
 */
export function questionsToPrerender(entries: readonly QuestionEntry[], limit: number): QuestionEntry[] {
  const featured = entries.filter((entry) => entry.featured).sort(byNewest);
  const others = entries.filter((entry) => !entry.featured).sort(byNewest);
  return [...featured, ...others].slice(0, Math.max(0, limit));
}
