// Search suggestions for the header box. A small library ships its whole index to the browser, which
// then suggests instantly and offline; past CLIENT_INDEX_MAX_QUESTIONS the index would cost a phone
// too much (1.9 MB gzipped at 10,000 questions), so suggestions come from the server's own engine
// through /api/suggest, a few hundred bytes per keystroke. Pure functions and no search engine, so
// the browser can import this module without MiniSearch.
import type { SearchHit } from './engine';
import { normalizeQuery } from './terms';

export const SUGGESTION_COUNT = 6;

/** Up to this many published questions the browser downloads the whole index on first focus. */
export const CLIENT_INDEX_MAX_QUESTIONS = 300;

export type SuggestionSource = 'index' | 'server';

export function suggestionSource(questionCount: number): SuggestionSource {
  return questionCount > CLIENT_INDEX_MAX_QUESTIONS ? 'server' : 'index';
}

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

/** What the browser needs to show one suggestion. */
export type Suggestion = Omit<SearchHit, 'score'>;

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
