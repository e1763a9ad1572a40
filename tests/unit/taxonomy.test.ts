import { describe, expect, it } from 'vitest';
import { allTags, categoryCounts, tagName } from '@/lib/content/taxonomy';
import { toSlug } from '@/lib/content/slug';
import { entry } from '../helpers/entries';

describe('toSlug', () => {
  it('gives one slug for spellings that differ by case or spacing', () => {
    expect(toSlug('Post-exercise recovery')).toBe('post-exercise-recovery');
    expect(toSlug('  post-exercise   recovery ')).toBe('post-exercise-recovery');
  });
});

describe('allTags', () => {
  const corpus = [
    entry('a', { tags: ['hydration', 'Caffeine'] }),
    entry('b', { tags: ['caffeine'] }),
    entry('c', { tags: ['sleep'] }),
  ];
  it('counts each tag once per question, most used first, then by name', () => {
    expect(allTags(corpus).map((t) => [t.slug, t.count])).toEqual([
      ['caffeine', 2],
      ['hydration', 1],
      ['sleep', 1],
    ]);
  });
  it('names a tag by its slug and knows no name for an unused one', () => {
    expect(tagName(corpus, 'hydration')).toBe('hydration');
    expect(tagName(corpus, 'unknown')).toBeUndefined();
  });
  it('counts questions per category', () => {
    expect(categoryCounts([entry('a', { category: 'x' }), entry('b', { category: 'x' })]).get('x')).toBe(2);
  });
});
