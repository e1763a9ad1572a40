// Search suggestions for the header box: GET /api/suggest answers each canonical query with a few
// questions from the server's engine, a few hundred bytes per keystroke and cacheable by a CDN, so a
// phone never downloads the whole index (1.9 MB gzipped at 10,000 questions). The box's inline script
// (lib/search/search-box-script.ts) shows them. No search engine here: pure functions.
import type { SearchHit } from './engine';
import { highlightSegments, normalizeQuery } from './terms';

export const SUGGESTION_COUNT = 6;

/** Suggestions are for type-ahead: a query longer than this is cut (the results page takes 200). */
export const MAX_SUGGEST_QUERY_LENGTH = 80;

/**
 * The canonical form of what a reader typed, so "Sleep", "sleep " and "SLEEP" share one cache entry
 * (in the browser, on the CDN and on the server); '' when there is nothing to search for.
 */
export function suggestionKey(raw: string | null | undefined): string {
  return normalizeQuery(raw ?? '')
    .query.toLowerCase()
    .slice(0, MAX_SUGGEST_QUERY_LENGTH)
    .trim();
}

/** Answers depend only on the build's content: browsers keep one 5 minutes, CDNs a day. */
export const SUGGEST_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400';

/** One suggestion as /api/suggest sends it: `marks` are [start, end) ranges of the title to highlight. */
export interface Suggestion {
  url: string;
  title: string;
  category: string;
  marks: [number, number][];
}

export function toSuggestion(hit: Omit<SearchHit, 'score'>): Suggestion {
  const marks: [number, number][] = [];
  let offset = 0;
  for (const segment of highlightSegments(hit.title, hit.terms)) {
    if (segment.match) marks.push([offset, offset + segment.text.length]);
    offset += segment.text.length;
  }
  return { url: hit.url, title: hit.title, category: hit.category, marks };
}

/**
 * A least-recently-used map holding at most `capacity` entries: a loop of random queries evicts old
 * answers instead of growing the server's memory.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error('BoundedCache needs a capacity of at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key); // re-insert: a Map iterates in insertion order, oldest first
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
