import { describe, expect, it } from 'vitest';
import { computeRelated, RELATED_LIMIT } from '@/lib/content/related';
import { entry } from '../helpers/entries';

// "exercise" is on almost every question, "magnesium" on two: sharing the rare tag means more.
const common = Array.from({ length: 8 }, (_, i) =>
  entry(`common-${i}`, { tags: ['exercise'], category: 'fitness', published: `2026-0${i + 1}-01T00:00:00.000Z` }),
);

describe('computeRelated', () => {
  it('ranks a question sharing a rare tag above one sharing a common tag', () => {
    const corpus = [
      entry('subject', { tags: ['exercise', 'magnesium'], category: 'fitness' }),
      entry('rare-match', { tags: ['magnesium'], category: 'nutrition', published: '2020-01-01T00:00:00.000Z' }),
      ...common,
    ];
    const related = computeRelated(corpus).get('subject')!;
    expect(related[0]).toBe('rare-match');
    expect(related).toHaveLength(RELATED_LIMIT);
  });

  it('puts curated links first, in their order, even without a shared tag', () => {
    const corpus = [
      entry('subject', { tags: ['exercise'], category: 'fitness', curatedRelated: ['far-b', 'far-a'] }),
      entry('far-a', { tags: ['sleep'], category: 'sleep' }),
      entry('far-b', { tags: ['diet'], category: 'nutrition' }),
      ...common,
    ];
    const related = computeRelated(corpus).get('subject')!;
    expect(related.slice(0, 2)).toEqual(['far-b', 'far-a']);
    expect(related).toHaveLength(RELATED_LIMIT);
    expect(new Set(related).size).toBe(related.length);
  });

  it('never lists the question itself or a draft, curated or not', () => {
    const corpus = [
      entry('subject', { tags: ['magnesium'], category: 'fitness', curatedRelated: ['subject', 'hidden'] }),
      entry('hidden', { tags: ['magnesium'], category: 'fitness', draft: true }),
      entry('visible', { tags: ['magnesium'], category: 'fitness' }),
    ];
    const related = computeRelated(corpus);
    expect(related.get('subject')).toEqual(['visible']);
    expect(related.get('visible')).toEqual(['subject']);
    // A draft being previewed gets a list too, of published questions only.
    expect([...related.get('hidden')!].sort()).toEqual(['subject', 'visible']);
  });

  it('is never empty while the category holds another published question', () => {
    const corpus = [
      entry('loner', { tags: ['unique'], category: 'sleep' }),
      entry('neighbour', { tags: ['other'], category: 'sleep' }),
      entry('elsewhere', { tags: ['other'], category: 'nutrition' }),
    ];
    const related = computeRelated(corpus);
    expect(related.get('loner')).toEqual(['neighbour']);
    expect(computeRelated([entry('alone', { tags: ['x'] })]).get('alone')).toEqual([]);
  });

  it('breaks equal scores by category, then by recency', () => {
    const corpus = [
      entry('subject', { tags: ['hydration'], category: 'fitness' }),
      entry('other-new', { tags: ['hydration'], category: 'nutrition', published: '2026-09-01T00:00:00.000Z' }),
      entry('same-old', { tags: ['hydration'], category: 'fitness', published: '2025-01-01T00:00:00.000Z' }),
      entry('same-new', { tags: ['hydration'], category: 'fitness', published: '2026-05-01T00:00:00.000Z' }),
    ];
    expect(computeRelated(corpus).get('subject')).toEqual(['same-new', 'same-old', 'other-new']);
  });

  it('treats tags that differ only by case as one tag', () => {
    const corpus = [
      entry('subject', { tags: ['Post-exercise recovery'], category: 'a' }),
      entry('match', { tags: ['post-exercise recovery'], category: 'b' }),
      entry('miss', { tags: ['sleep'], category: 'c' }),
    ];
    expect(computeRelated(corpus).get('subject')).toEqual(['match']);
  });
});
