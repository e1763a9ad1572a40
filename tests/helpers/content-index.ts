// The slim content index the build wrote, read by browser tests to know what the built site must show.
import { readFileSync } from 'node:fs';
import type { ContentIndex, QuestionEntry } from '@/lib/content/types';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';

export function readContentIndex(): ContentIndex {
  return JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
}

/** Questions a reader of the production build may see: every one that is not a draft. */
export function publishedQuestions(index: ContentIndex = readContentIndex()): QuestionEntry[] {
  return index.questions.filter((question) => !question.draft);
}

/** Up to `limit` items spread evenly over a list, so checks stay bounded on a large site. */
export function sample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]);
}
