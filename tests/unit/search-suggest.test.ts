import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, suggestQuestions } from '@/lib/search/engine';
import { browserSuggestionKey } from '@/lib/search/search-box-script';
import {
  BoundedCache,
  MAX_SUGGEST_QUERY_LENGTH,
  SUGGESTION_COUNT,
  suggestionKey,
  toSuggestion,
} from '@/lib/search/suggest';
import { shippedContentIndex } from '../helpers/shipped-content';

const REFERENCE = '/questions/why-do-my-muscles-twitch-after-a-workout';
const engine = loadSearchIndex(serializeSearchIndex(buildSearchIndex(shippedContentIndex())));
const suggested = (typed: string) => suggestQuestions(engine, suggestionKey(typed), SUGGESTION_COUNT);

describe('suggestions as a reader types', () => {
  it('finds the reference question from each prefix of a word in its title, and from a typo', () => {
    for (const typed of ['twi', 'twit', 'twitch', 'muscle twi', 'twiching']) {
      expect(
        suggested(typed).map((hit) => hit.url),
        typed,
      ).toContain(REFERENCE);
    }
  });

  it('gives at most six suggestions with what the box shows, and none for nothing typed', () => {
    const hits = suggested('sleep');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(SUGGESTION_COUNT);
    expect(Object.keys(hits[0]).sort()).toEqual(['category', 'terms', 'title', 'url']);
    expect(suggested('   ')).toEqual([]);
  });
});

describe('the suggestion key', () => {
  it('gives one key to the ways a reader may type the same query', () => {
    expect(suggestionKey('  Muscle\tTWITCH ')).toBe('muscle twitch');
    expect(suggestionKey('muscle twitch')).toBe('muscle twitch');
    expect(suggestionKey(null)).toBe('');
  });

  it('cuts a long query, so a request cannot make the server search a page of text', () => {
    expect(suggestionKey('word '.repeat(1000)).length).toBeLessThanOrEqual(MAX_SUGGEST_QUERY_LENGTH);
  });
});

describe('what the box receives', () => {
  it('marks the matched words of the title by character range', () => {
    const hit = suggested('twiching').find((found) => found.url === REFERENCE)!;
    const suggestion = toSuggestion(hit);
    expect(Object.keys(suggestion).sort()).toEqual(['category', 'marks', 'title', 'url']);
    expect(suggestion.marks.map(([start, end]) => suggestion.title.slice(start, end))).toEqual(['twitch']);
    expect(toSuggestion({ ...hit, terms: [] }).marks).toEqual([]);
  });

  it('is asked for by the browser under the same key the server uses', () => {
    const typed = [
      '  Muscle\tTWITCH ',
      'sleep',
      'Café  au lait',
      'x'.repeat(300),
      ' a'.repeat(150),
      'line\nbreak\u0000null',
      '',
      '   ',
    ];
    for (const raw of typed)
      expect(browserSuggestionKey(raw), JSON.stringify(raw.slice(0, 20))).toBe(suggestionKey(raw));
  });
});

describe('BoundedCache', () => {
  it('never holds more than its capacity, evicting the least recently used entry', () => {
    const cache = new BoundedCache<number>(3);
    for (let i = 0; i < 1000; i++) cache.set(`random query ${i}`, i);
    expect(cache.size).toBe(3);
    expect(cache.get('random query 0')).toBeUndefined();
    expect(cache.get('random query 999')).toBe(999);

    const lru = new BoundedCache<string>(2);
    lru.set('a', 'A');
    lru.set('b', 'B');
    lru.get('a'); // a is now the most recently used
    lru.set('c', 'C');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
  });
});
