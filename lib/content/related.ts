// Related questions, computed once per build for every question: curated links first, then other
// questions scored by the tags they share (rare tags weigh more: inverse document frequency), then
// the same category, then recency. Uses an inverted index (tag -> questions), never all pairs.
import type { QuestionEntry } from './types';
import { byNewest, visibleQuestions } from './questions';

export const RELATED_LIMIT = 5;

export type RelatedInput = Pick<
  QuestionEntry,
  'slug' | 'title' | 'category' | 'tags' | 'published' | 'draft' | 'curatedRelated'
>;

/**
 * Maps every question's slug (drafts included, so a preview shows the section) to up to `limit`
 * related slugs. Drafts and the question itself are never in a list. A list is only short, or
 * empty, when the question's category has no other published question to fill it.
 */
export function computeRelated(entries: readonly RelatedInput[], limit = RELATED_LIMIT): Map<string, string[]> {
  // Candidates sorted newest first, so a lower number is more recent and ties break by recency.
  const pool = visibleQuestions(entries, { includeDrafts: false }).sort(byNewest);
  const idOf = new Map(pool.map((entry, id) => [entry.slug, id]));

  const postings = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  pool.forEach((entry, id) => {
    for (const slug of new Set(entry.tags.map((tag) => tag.slug))) {
      const list = postings.get(slug);
      if (list) list.push(id);
      else postings.set(slug, [id]);
    }
    const list = byCategory.get(entry.category);
    if (list) list.push(id);
    else byCategory.set(entry.category, [id]);
  });
  const weight = new Map([...postings].map(([slug, ids]) => [slug, Math.log(1 + pool.length / ids.length)]));

  // Small integers instead of strings in the hot loop below.
  const categoryIds = new Map<string, number>();
  const categoryOf = Int32Array.from(pool, (entry) => {
    const id = categoryIds.get(entry.category) ?? categoryIds.size;
    categoryIds.set(entry.category, id);
    return id;
  });
  const scores = new Float64Array(pool.length);
  const touched = new Int32Array(pool.length);
  const related = new Map<string, string[]>();

  for (const entry of entries) {
    const self = idOf.get(entry.slug) ?? -1;
    const category = categoryIds.get(entry.category) ?? -1;
    const chosen: number[] = [];

    for (const slug of entry.curatedRelated) {
      const id = idOf.get(slug);
      if (id !== undefined && id !== self && !chosen.includes(id) && chosen.length < limit) chosen.push(id);
    }

    let touchedCount = 0;
    for (const tag of new Set(entry.tags.map((t) => t.slug))) {
      const ids = postings.get(tag);
      const w = weight.get(tag);
      if (!ids || w === undefined) continue;
      for (const id of ids) {
        if (scores[id] === 0) touched[touchedCount++] = id;
        scores[id] += w;
      }
    }

    // a ranks above b: higher score, then same category, then newer (lower id).
    const better = (a: number, b: number): boolean => {
      if (scores[a] !== scores[b]) return scores[a] > scores[b];
      const sameA = categoryOf[a] === category;
      if (sameA !== (categoryOf[b] === category)) return sameA;
      return a < b;
    };
    // Keep only the best few (insertion into a short list), rather than sorting every candidate.
    const room = limit - chosen.length;
    const best: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const id = touched[i];
      if (best.length === room && (room === 0 || !better(id, best[room - 1]))) continue;
      if (id === self || chosen.includes(id)) continue;
      let at = best.length;
      while (at > 0 && better(id, best[at - 1])) at--;
      best.splice(at, 0, id);
      if (best.length > room) best.pop();
    }
    for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
    chosen.push(...best);

    // Never leave the list empty while the category has another question: fill with its newest.
    for (const id of byCategory.get(entry.category) ?? []) {
      if (chosen.length >= limit) break;
      if (id !== self && !chosen.includes(id)) chosen.push(id);
    }

    related.set(
      entry.slug,
      chosen.map((id) => pool[id].slug),
    );
  }
  return related;
}
