import { describe, expect, it } from 'vitest';
import { highlightSegments, MAX_QUERY_LENGTH, normalizeQuery, processTerm, stem, tokenize } from '@/lib/search/terms';

describe('stem', () => {
  it.each([
    ['cramps', 'cramp'],
    ['cramping', 'cramp'],
    ['twitches', 'twitch'],
    ['twitching', 'twitch'],
    ['twitched', 'twitch'],
    ['injuries', 'injury'],
    ['stretches', 'stretch'],
    ['workouts', 'workout'],
    ['running', 'run'],
    ['sleeping', 'sleep'],
  ])('reduces %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
  it('gives a word and its forms one stem', () => {
    expect(new Set(['muscle', 'muscles'].map(stem)).size).toBe(1);
    expect(new Set(['exercise', 'exercises', 'exercising', 'exercised'].map(stem)).size).toBe(1);
    expect(new Set(['ache', 'aches', 'aching'].map(stem)).size).toBe(1);
  });
  it('leaves words alone that only look inflected', () => {
    expect(stem('stress')).toBe('stress');
    expect(stem('virus')).toBe('virus');
    expect(stem('thing')).toBe('thing');
    expect(stem('need')).toBe('need');
    expect(stem('bed')).toBe('bed');
    expect(stem('falling')).toBe('fall');
  });
});

describe('processTerm and tokenize', () => {
  it('drops stop words and folds case, accents and apostrophes', () => {
    expect(tokenize('Why do my muscles twitch after a workout?').map(processTerm)).toEqual([
      null,
      null,
      null,
      'muscl',
      'twitch',
      null,
      null,
      'workout',
    ]);
    expect(processTerm('Café')).toBe(processTerm('cafe'));
    expect(tokenize('Don’t skip post-exercise stretches')).toEqual(['Don’t', 'skip', 'post', 'exercise', 'stretches']);
  });
});

describe('normalizeQuery', () => {
  it('collapses whitespace and takes the first of repeated parameters', () => {
    expect(normalizeQuery('  muscle \n cramps ')).toEqual({ query: 'muscle cramps', truncated: false });
    expect(normalizeQuery(['sleep', 'caffeine'])).toEqual({ query: 'sleep', truncated: false });
    expect(normalizeQuery(undefined)).toEqual({ query: '', truncated: false });
  });
  it('caps an over-long query instead of refusing it', () => {
    const { query, truncated } = normalizeQuery('cramp '.repeat(100));
    expect(truncated).toBe(true);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.startsWith('cramp cramp')).toBe(true);
  });
});

describe('highlightSegments', () => {
  it('marks every form of a matched term and nothing else', () => {
    expect(highlightSegments('Twitching? Muscle twitches, not cramps.', ['twitch'])).toEqual([
      { text: 'Twitching', match: true },
      { text: '? Muscle ', match: false },
      { text: 'twitches', match: true },
      { text: ', not cramps.', match: false },
    ]);
  });
  it('returns the text unmarked when nothing matched', () => {
    expect(highlightSegments('Sleep well', [])).toEqual([{ text: 'Sleep well', match: false }]);
  });
});
