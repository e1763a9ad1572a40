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

/** Questions to offer when a reader has nothing else to go on: featured ones first, then the latest. */
export function suggestedQuestions(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  const newest = [...entries].sort(byNewest);
  return [...newest.filter((entry) => entry.featured), ...newest.filter((entry) => !entry.featured)].slice(0, count);
}
