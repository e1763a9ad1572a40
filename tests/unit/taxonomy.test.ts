import { describe, expect, it } from 'vitest';
import { allTags, categoryCounts, tagName } from '@/lib/content/taxonomy';
import { categoryPath, questionPath, tagPath } from '@/lib/content/paths';
import { slugFromParam, toSlug } from '@/lib/content/slug';
import { entry } from '../helpers/entries';

describe('toSlug', () => {
  it('gives one slug for spellings that differ by case or spacing', () => {
    expect(toSlug('Post-exercise recovery')).toBe('post-exercise-recovery');
    expect(toSlug('  post-exercise   recovery ')).toBe('post-exercise-recovery');
  });

  it('keeps letters of any script, in one Unicode form whichever way they were typed', () => {
    expect(toSlug('Café')).toBe('café');
    expect(toSlug('Cafe\u0301')).toBe(toSlug('Caf\u00e9'));
    expect(toSlug("Ménière's disease")).toBe('ménières-disease');
    expect(toSlug('Здоровье сна')).toBe('здоровье-сна');
  });

  it('gives the same slug every time, however many texts were slugged before (its memory is bounded)', () => {
    const first = toSlug('Post-Exercise Recovery');
    for (let i = 0; i < 60_000; i++) expect(toSlug(`Tag Number ${i}`)).toBe(`tag-number-${i}`);
    const long = `${'Very long title '.repeat(40)}End`;
    expect(toSlug(long)).toBe(toSlug(long));
    expect(toSlug(long).endsWith('-end')).toBe(true);
    expect(toSlug('Post-Exercise Recovery')).toBe(first);
  });
});

describe('slug addresses', () => {
  it('percent-encode a slug as one path segment (RFC 3986)', () => {
    expect(tagPath('café')).toBe('/tags/caf%C3%A9');
    expect(categoryPath('bien-être')).toBe('/categories/bien-%C3%AAtre');
    expect(questionPath('why-do-i-sleep-badly')).toBe('/questions/why-do-i-sleep-badly');
  });

  it('read a route parameter back as its slug, encoded or not', () => {
    expect(slugFromParam('caf%C3%A9')).toBe('café');
    expect(slugFromParam('café')).toBe('café');
    expect(slugFromParam('cafe%CC%81')).toBe('café');
    expect(slugFromParam('%E0%A4%A')).toBe('%E0%A4%A');
    for (const name of ['Café', "Ménière's disease", 'Здоровье сна', 'post-exercise recovery']) {
      expect(slugFromParam(tagPath(toSlug(name)).slice('/tags/'.length))).toBe(toSlug(name));
    }
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
