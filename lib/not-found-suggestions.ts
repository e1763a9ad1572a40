// What the 404 page suggests instead: the editors' featured questions first (the site keeps no view
// counts, so "popular" means featured), topped up with the latest ones.
import type { QuestionEntry } from './content-types';
import { byNewest } from './questions';

export function suggestedQuestions(entries: readonly QuestionEntry[], count: number): QuestionEntry[] {
  const featured = entries.filter((entry) => entry.featured).sort(byNewest);
  const rest = entries.filter((entry) => !entry.featured).sort(byNewest);
  return [...featured, ...rest].slice(0, count);
}
