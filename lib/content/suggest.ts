// "Did you mean …?": the known name closest to a misspelt one (a category, tag, slug, publisher or
// reviewer), by edit distance over slugs, so case, spacing and punctuation cost nothing. Pure.
import { toSlug } from './slug';

/**
 * Edit distance: the fewest letters to insert, delete, change or swap with the next to turn `a` into
 * `b`. Past `atMost` only "more than atMost" matters: the answer is then some number above it, found
 * without finishing the table (a length gap alone, or a row with nothing within reach).
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  /** The lowest cell of the row before this one; none before the second row (no swap reaches row 0). */
  let previousBest = Infinity;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Two letters typed the wrong way round ("tgas") are one slip, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j]!, before[j - 2]! + 1);
      }
      rowBest = Math.min(rowBest, current[j]!);
    }
    // Every later cell costs at least the best of this row or the one before (a swap reaches back one).
    if (Math.min(rowBest, previousBest) > atMost) return atMost + 1;
    previousBest = rowBest;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** The candidate nearest `value`, if it is near enough to be a slip (a third of its letters at most, one for a short name). */
export function nearestName(value: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const wanted = toSlug(value);
  if (!wanted) return undefined;
  const limit = maxDistance ?? Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const slug = toSlug(candidate);
    // A name that contains the other ("sleep" in "sleep-and-naps") is as near as a slip.
    const contains = (wanted.length >= 4 && slug.includes(wanted)) || (slug.length >= 4 && wanted.includes(slug));
    // Only candidates within the limit can be the answer: the others need not be measured exactly.
    const distance = contains ? 1 : editDistance(wanted, slug, Math.min(limit, bestDistance));
    if (distance < bestDistance && candidate !== value) [best, bestDistance] = [candidate, distance];
  }
  const nearEnough = bestDistance <= limit && bestDistance < wanted.length;
  return best !== undefined && nearEnough ? best : undefined;
}

/** ` (did you mean "sleep"?)`, or nothing when no name is near. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const nearest = nearestName(value, candidates);
  return nearest === undefined ? '' : ` (did you mean "${nearest}"?)`;
}
