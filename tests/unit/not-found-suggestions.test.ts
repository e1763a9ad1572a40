import { describe, expect, it } from 'vitest';
import { suggestedQuestions } from '@/lib/not-found-suggestions';
import { entry } from '../helpers/entries';

describe('suggestedQuestions', () => {
  it('puts featured questions first, then the newest, up to the count', () => {
    const entries = [
      entry('old', { published: '2025-01-01T00:00:00.000Z' }),
      entry('featured-old', { featured: true, published: '2024-01-01T00:00:00.000Z' }),
      entry('new', { published: '2026-03-01T00:00:00.000Z' }),
      entry('newer', { published: '2026-04-01T00:00:00.000Z' }),
    ];
    expect(suggestedQuestions(entries, 3).map((question) => question.slug)).toEqual(['featured-old', 'newer', 'new']);
    expect(suggestedQuestions(entries, 10)).toHaveLength(4);
  });
});
