import { describe, expect, it } from 'vitest';
import {
  categoryNeighbours,
  featuredAndLatest,
  featuredThenNewest,
  latestQuestions,
  questionsInCategory,
  questionsWithTag,
  startHere,
  visibleQuestions,
} from '@/lib/content/questions';
import { entry } from '../helpers/entries';

const corpus = [
  entry('old', { published: '2025-01-01T00:00:00.000Z', category: 'sleep', tags: ['Sleep quality'] }),
  entry('new', { published: '2026-06-01T00:00:00.000Z', category: 'sleep', tags: ['sleep quality', 'caffeine'] }),
  entry('draft', { published: '2026-09-01T00:00:00.000Z', category: 'sleep', draft: true, tags: ['caffeine'] }),
  entry('middle', { published: '2025-06-01T00:00:00.000Z', category: 'nutrition', tags: ['caffeine'] }),
];

describe('visibleQuestions', () => {
  it('hides drafts from a production build', () => {
    expect(visibleQuestions(corpus, { includeDrafts: false }).map((q) => q.slug)).toEqual(['old', 'new', 'middle']);
  });
  it('keeps drafts while previewing', () => {
    expect(visibleQuestions(corpus, { includeDrafts: true })).toHaveLength(4);
  });
});

describe('queries', () => {
  const visible = visibleQuestions(corpus, { includeDrafts: false });
  it('lists the latest questions newest first', () => {
    expect(latestQuestions(visible, 2).map((q) => q.slug)).toEqual(['new', 'middle']);
  });
  it('lists a category newest first', () => {
    expect(questionsInCategory(visible, 'sleep').map((q) => q.slug)).toEqual(['new', 'old']);
  });
  it('orders questions of the same day by title, as a reader reads them', () => {
    const sameDay = ['Zinc?', 'apple?', 'Banana?'].map((title) =>
      entry(title.toLowerCase(), { title, published: '2026-05-01T00:00:00.000Z' }),
    );
    const dated = [...sameDay, entry('later', { published: '2026-05-10T00:00:00.000Z' })];
    expect(latestQuestions(dated, 4).map((q) => q.title)).toEqual(['later', 'apple?', 'Banana?', 'Zinc?']);
  });
  it('treats tags that differ only by case as one tag', () => {
    expect(questionsWithTag(visible, 'sleep-quality').map((q) => q.slug)).toEqual(['new', 'old']);
  });
});

describe('featuredThenNewest', () => {
  const many = [
    entry('a', { published: '2026-01-01T00:00:00.000Z' }),
    entry('b', { published: '2026-03-01T00:00:00.000Z' }),
    entry('c', { published: '2025-01-01T00:00:00.000Z', featured: true }),
    entry('d', { published: '2026-02-01T00:00:00.000Z' }),
  ];
  it('takes featured questions first, then the newest, up to the count, without repeats', () => {
    expect(featuredThenNewest(many, 3).map((q) => q.slug)).toEqual(['c', 'b', 'd']);
  });
  it('gives everything when the count exceeds the corpus, nothing at zero', () => {
    expect(featuredThenNewest(many, 100)).toHaveLength(4);
    expect(featuredThenNewest(many, 0)).toEqual([]);
  });
});

describe('categoryNeighbours', () => {
  it('links each published question to its neighbours in its category, skipping drafts', () => {
    const neighbours = categoryNeighbours(corpus);
    expect(neighbours.get('new')).toEqual({ previous: undefined, next: 'old' });
    expect(neighbours.get('old')).toEqual({ previous: 'new', next: undefined });
    expect(neighbours.get('middle')).toEqual({ previous: undefined, next: undefined });
    expect(neighbours.has('draft')).toBe(false);
  });
});

describe('featuredAndLatest', () => {
  it('lists every featured question and the newest few others, never one twice', () => {
    const entries = [
      entry('a', { published: '2026-01-01T00:00:00.000Z', featured: true }),
      entry('b', { published: '2026-03-01T00:00:00.000Z' }),
      entry('c', { published: '2026-02-01T00:00:00.000Z' }),
      entry('d', { published: '2026-04-01T00:00:00.000Z', featured: true }),
      entry('e', { published: '2025-01-01T00:00:00.000Z' }),
    ];
    const { featured, latest } = featuredAndLatest(entries, 2);
    expect(featured.map((q) => q.slug)).toEqual(['d', 'a']);
    expect(latest.map((q) => q.slug)).toEqual(['b', 'c']);
  });
});

describe('startHere', () => {
  it('puts featured questions first, then those most often listed as related, then the newest', () => {
    const entries = [
      entry('newest', { published: '2026-09-01T00:00:00.000Z', related: ['hub', 'other'] }),
      entry('hub', { published: '2025-01-01T00:00:00.000Z', related: ['other'] }),
      entry('other', { published: '2025-02-01T00:00:00.000Z', related: ['hub'] }),
      entry('pick', { published: '2024-01-01T00:00:00.000Z', featured: true }),
      entry('x', { published: '2026-08-01T00:00:00.000Z', related: ['hub', 'outside-the-list'] }),
    ];
    // hub is listed by three others, other by two; links to questions outside the list do not count.
    expect(startHere(entries, 4).map((q) => q.slug)).toEqual(['pick', 'hub', 'other', 'newest']);
    expect(startHere(entries, 0)).toEqual([]);
  });
});
