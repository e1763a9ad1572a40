import { describe, expect, it } from 'vitest';
import { addressTable, isBackedByContent } from '@/lib/http/content-addresses';
import type { ContentIndex } from '@/lib/content/types';
import { PAGE_SIZE } from '@/lib/pages/pagination';
import { entry } from '../helpers/entries';

const category = (slug: string) => ({ slug, url: `/categories/${slug}`, title: slug, description: 'd' });

// "sleep" holds one page more than fits on one; "skin" has no questions yet.
const index: ContentIndex = {
  questions: [
    ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) => entry(`sleep-${i}`, { category: 'sleep', tags: ['Naps'] })),
    entry('cafe-question', { category: 'sleep', tags: ['Café', "Ménière's disease"] }),
    entry('secret-draft', { category: 'sleep', tags: ['Draft only'], draft: true }),
  ],
  categories: [category('sleep'), category('skin')],
};
const published = addressTable(index, { includeDrafts: false });

describe('isBackedByContent', () => {
  it('accepts every question, category, tag and existing list page, and the open graph image of a question', () => {
    for (const path of [
      '/questions/sleep-0',
      '/questions/cafe-question/opengraph-image',
      '/categories/sleep',
      '/categories/sleep/page/2',
      '/categories/skin',
      '/tags/naps',
      '/tags/naps/page/2',
      '/tags/caf%C3%A9',
      '/tags/m%C3%A9ni%C3%A8res-disease',
    ]) {
      expect(isBackedByContent(path, published), path).toBe(true);
    }
  });

  it('rejects unknown slugs, drafts and pages beyond a list', () => {
    for (const path of [
      '/questions/no-such-question',
      '/questions/no-such-question/opengraph-image',
      '/questions/secret-draft',
      '/questions/Sleep-0',
      '/categories/nutrition',
      '/categories/sleep/page/3',
      '/categories/sleep/page/1',
      '/categories/sleep/page/02',
      '/categories/skin/page/2',
      '/tags/draft-only',
      '/tags/naps/page/3',
      '/tags/naps/page/x',
      '/tags/naps/other/2',
      '/tags/cafe',
      '/tags/%ZZ',
    ]) {
      expect(isBackedByContent(path, published), path).toBe(false);
    }
  });

  it('shows drafts only when previewing', () => {
    const preview = addressTable(index, { includeDrafts: true });
    expect(isBackedByContent('/questions/secret-draft', preview)).toBe(true);
    expect(isBackedByContent('/tags/draft-only', preview)).toBe(true);
  });

  it('leaves every other path to the router', () => {
    for (const path of ['/', '/questions', '/tags/', '/categories', '/search', '/feed.xml', '/anything/else']) {
      expect(isBackedByContent(path, published), path).toBe(true);
    }
  });
});
