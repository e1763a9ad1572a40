// Questions that ask the same thing in other words ("Why do my muscles twitch after workouts?" beside
// "Why do my muscles twitch after a workout?"): `npm run new` and the check warn, and a person decides.
// Titles are compared by their meaningful words, each reduced to a rough stem, so plurals, verb
// endings, small words and punctuation do not hide a repeat. Pure.
import { toSlug } from './slug';

/** Words that carry no meaning of their own in a question title. */
const SMALL_WORDS = new Set(
  (
    'a an the my your our their his her its i you we they me it is are am be was were do does did can could should would will ' +
    'to of for from in on at by with and or so too than this that these those there any some really actually'
  ).split(' '),
);

/** Two titles are the same question when they share more than this part of their meaningful words. */
export const NEAR_DUPLICATE_SHARE = 0.8;

/** A rough English stem: "workouts" and "workout", "cracking" and "crack", "waking" and "wake" meet. */
function stem(word: string): string {
  let base = word;
  if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`;
  else if (/(?:ch|sh|ss|x|z)es$/.test(base)) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  else if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2);
  // "wake"/"waking" and "headache"/"headaches" differ only by a final e once their endings are gone.
  return base.length > 3 ? base.replace(/e$/, '') : base;
}

/** The meaningful words of a title, stemmed. */
export function titleWords(title: string): Set<string> {
  const words = toSlug(title)
    .split('-')
    .filter((word) => word && !SMALL_WORDS.has(word));
  return new Set(words.map(stem));
}

/** Shared words over all words (Jaccard), 0 to 1. */
export function titleOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface TitledQuestion {
  slug: string;
  title: string;
}

/** The questions whose title asks what `title` asks, in other words (an identical slug is not "near"). */
export function nearDuplicates<T extends TitledQuestion>(title: string, questions: readonly T[]): T[] {
  const words = titleWords(title);
  const slug = toSlug(title);
  return questions.filter(
    (question) =>
      toSlug(question.title) !== slug && titleOverlap(words, titleWords(question.title)) > NEAR_DUPLICATE_SHARE,
  );
}

/** Shared words over all words (Jaccard) of two sorted lists of word numbers, 0 to 1. */
function sortedOverlap(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * Every pair of near-duplicate titles in a list, by index (each pair once, lower index first), in
 * time close to linear: a pair sharing more than NEAR_DUPLICATE_SHARE of their words must share one
 * of the rarest few words of each (prefix filtering), so only those words are indexed. Words are
 * numbered, rarest first, so each title is a sorted list of numbers: its prefix is its first few, and
 * two titles compare by one merge, or not at all when the place of their first shared word already
 * rules the pair out (on 10,000 synthetic titles sharing most words, 0.7 s of a 2.7 s check before).
 */
export function nearDuplicatePairs(titles: readonly string[]): [number, number][] {
  const sets = titles.map(titleWords);
  const slugs = titles.map(toSlug);
  const frequency = new Map<string, number>();
  for (const words of sets) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byRarity = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a.localeCompare(b));
  const number = new Map(byRarity.map((word, rank) => [word, rank]));
  const lists = sets.map((words) => Int32Array.from(words, (word) => number.get(word)!).sort());
  // For each word, the titles whose prefix has it, as pairs (title, position of the word in its list).
  const postings = new Map<number, number[]>();
  const pairs: [number, number][] = [];
  const seenBy = new Int32Array(titles.length).fill(-1);
  lists.forEach((list, index) => {
    const prefixLength = list.length - Math.ceil(NEAR_DUPLICATE_SHARE * list.length) + 1;
    for (let position = 0; position < prefixLength; position++) {
      const posting = postings.get(list[position]!) ?? [];
      for (let k = 0; k < posting.length; k += 2) {
        const other = posting[k]!;
        if (seenBy[other] === index) continue;
        seenBy[other] = index;
        // Met first at this word: no rarer word is shared, so at most the words after it on both sides
        // are (positional filtering). Fewer than the share needs: not a pair, whatever follows.
        const otherList = lists[other]!;
        const atMost = 1 + Math.min(list.length - position - 1, otherList.length - posting[k + 1]! - 1);
        if (atMost * (1 + NEAR_DUPLICATE_SHARE) <= NEAR_DUPLICATE_SHARE * (list.length + otherList.length)) continue;
        if (slugs[other] !== slugs[index] && sortedOverlap(otherList, list) > NEAR_DUPLICATE_SHARE)
          pairs.push([other, index]);
      }
    }
    for (let position = 0; position < prefixLength; position++) {
      const word = list[position]!;
      const posting = postings.get(word);
      if (posting) posting.push(index, position);
      else postings.set(word, [index, position]);
    }
  });
  return pairs;
}
