import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '@/lib/content/suggest';

const WORDS = [
  'insomnia',
  'insomnai',
  'sleep',
  'sleep-and-naps',
  'coffee',
  'caffeine',
  'posture',
  'tgas',
  'tags',
  'a',
  '',
];

describe('edit distance', () => {
  it('counts inserted, deleted, changed and swapped letters', () => {
    expect(editDistance('insomnia', 'insomnai')).toBe(1);
    expect(editDistance('tgas', 'tags')).toBe(1);
    expect(editDistance('sleep', 'slept')).toBe(2);
    expect(editDistance('coffee', 'caffeine')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('with a bound, is exact up to it and above it past it, for every pair', () => {
    for (const a of WORDS)
      for (const b of WORDS)
        for (const bound of [0, 1, 2, 3]) {
          const exact = editDistance(a, b);
          const bounded = editDistance(a, b, bound);
          if (exact <= bound) expect(bounded, `${a} ${b} ${bound}`).toBe(exact);
          else expect(bounded, `${a} ${b} ${bound}`).toBeGreaterThan(bound);
        }
  });
});

describe('the nearest name', () => {
  it('is a slip away, or a name containing the other, or nothing', () => {
    expect(nearestName('insomnai', ['posture', 'insomnia', 'coffee'])).toBe('insomnia');
    expect(nearestName('sleep', ['coffee', 'sleep-and-naps'])).toBe('sleep-and-naps');
    expect(nearestName('coffee', ['posture', 'insomnia'])).toBeUndefined();
  });
});
