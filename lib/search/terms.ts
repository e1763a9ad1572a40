// How search text becomes index terms: normalising, stop words, a light English stemmer, query
// capping and highlighting. Shared by the index builder, the search page and the suggestion route,
// so a word is reduced the same way wherever it is indexed, searched or highlighted.

/** Longer queries are cut to this many characters rather than refused. */
export const MAX_QUERY_LENGTH = 200;

// Words that carry no meaning in a health question ("why do my …"); indexing them only adds noise.
const STOP_WORDS = new Set(
  (
    'a about after am an and any are as at be been before being but by can could did do does doing for from get ' +
    'gets had has have having he her him his how i if in into is it its me my of off on or our s she should so ' +
    't than that the their them then there these they this those to too up us was we were what when where which ' +
    'while who why will with would you your'
  ).split(' '),
);

/**
 * Reduces an English word to a stem shared by its common forms: plurals ("cramps" -> "cramp",
 * "injuries" -> "injury", "stretches" -> "stretch"), -ing and -ed ("twitching" -> "twitch",
 * "running" -> "run") and a final silent e ("muscle" and "muscles" -> "muscl"). Deliberately
 * light: it only has to map a word and its usual forms to the same term, not produce a real word.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;

  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses') || /(?:ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  const suffix = w.endsWith('ing') ? 'ing' : w.endsWith('ed') && !w.endsWith('eed') ? 'ed' : '';
  if (suffix) {
    const base = w.slice(0, -suffix.length);
    // "thing", "bring", "red" and "bed" keep their ending: too little is left to be a stem.
    if (base.length >= 3 && /[aeiouy]/.test(base)) {
      w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    }
  }

  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lower-cases and strips accents and apostrophes, so "Café" and "cafe", "don’t" and "dont" agree. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase();
}

/** MiniSearch `processTerm`: the index term for a token, or null for a stop word. */
export function processTerm(token: string): string | null {
  const word = normalizeWord(token);
  if (word.length === 0 || STOP_WORDS.has(word)) return null;
  return stem(word);
}

// Words are runs of letters and digits; an apostrophe inside a word ("don't") keeps it whole.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** MiniSearch `tokenize`: the words of a text, apostrophes kept inside words. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface NormalizedQuery {
  /** The query as searched and shown: whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
  query: string;
  /** True when the reader's text was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

/** Turns a raw `q` search parameter (absent, repeated or huge) into a query that is safe to search. */
export function normalizeQuery(raw: string | string[] | undefined): NormalizedQuery {
  const first = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const text = first
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUERY_LENGTH) return { query: text, truncated: false };
  return { query: text.slice(0, MAX_QUERY_LENGTH).trim(), truncated: true };
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a text into runs, marking the words whose index term is one of `terms` (the terms a search
 * result matched), so "Twitching" is highlighted for a search that matched the term "twitch".
 */
export function highlightSegments(text: string, terms: Iterable<string>): TextSegment[] {
  const wanted = new Set(terms);
  const segments: TextSegment[] = [];
  let last = 0;
  const push = (segment: TextSegment) => {
    const previous = segments.at(-1);
    if (previous && previous.match === segment.match) previous.text += segment.text;
    else segments.push(segment);
  };
  for (const found of text.matchAll(WORD)) {
    const term = processTerm(found[0]);
    if (term === null || !wanted.has(term)) continue;
    if (found.index > last) push({ text: text.slice(last, found.index), match: false });
    segments.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) push({ text: text.slice(last), match: false });
  return segments;
}
