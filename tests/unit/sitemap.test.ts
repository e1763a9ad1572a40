import { POLICY_PAGES } from '@/lib/pages/policy-pages';
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { A_Z_SINGLE_PAGE_LIMIT } from '@/lib/pages/a-z';
import { robotsWithoutHost, sitemapEntries, sitemapPlan } from '@/lib/seo/sitemap';
import { entry } from '../helpers/entries';

const index: ContentIndex = {
  categories: [
    { slug: 'sleep', url: '/categories/sleep', title: 'Sleep', description: 'd' },
    { slug: 'nutrition', url: '/categories/nutrition', title: 'Nutrition', description: 'd' },
    { slug: 'empty', url: '/categories/empty', title: 'Empty', description: 'd' },
  ],
  questions: [
    entry('naps', {
      category: 'sleep',
      tags: ['Naps', 'caffeine'],
      published: '2026-02-01T00:00:00.000Z',
      updated: '2026-05-01T00:00:00.000Z',
    }),
    entry('coffee', {
      category: 'nutrition',
      tags: ['Caffeine'],
      published: '2026-03-01T00:00:00.000Z',
      updated: '2026-03-01T00:00:00.000Z',
    }),
    entry('secret', {
      category: 'empty',
      tags: ['drafts only'],
      draft: true,
      published: '2026-09-01T00:00:00.000Z',
      updated: '2026-09-02T00:00:00.000Z',
    }),
  ],
};

const byPath = (entries: { path: string; lastmod?: string }[]) =>
  Object.fromEntries(entries.map((e) => [e.path, e.lastmod ?? null]));

describe('sitemapEntries', () => {
  it("lists index pages, the site's statements, every category, every published tag and question with its content date", () => {
    expect(byPath(sitemapEntries(index))).toEqual({
      '/': '2026-05-01T00:00:00.000Z',
      '/categories': '2026-05-01T00:00:00.000Z',
      '/tags': '2026-05-01T00:00:00.000Z',
      '/a-z': '2026-05-01T00:00:00.000Z',
      // The statements' own dates (lib/pages/policy-pages.ts); the editorial policy records none.
      '/editorial-policy': null,
      '/privacy': POLICY_PAGES.privacy.updated,
      '/accessibility': POLICY_PAGES.accessibility.updated,
      '/categories/sleep': '2026-05-01T00:00:00.000Z',
      '/categories/nutrition': '2026-03-01T00:00:00.000Z',
      // An existing page with nothing in it yet: listed, with no date rather than the build's date.
      '/categories/empty': null,
      '/tags/naps': '2026-05-01T00:00:00.000Z',
      '/tags/caffeine': '2026-05-01T00:00:00.000Z',
      '/questions/naps': '2026-05-01T00:00:00.000Z',
      '/questions/coffee': '2026-03-01T00:00:00.000Z',
    });
  });
  it('falls back to the published date when updated is older', () => {
    const odd = {
      ...index,
      questions: [entry('x', { published: '2026-04-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' })],
    };
    expect(byPath(sitemapEntries(odd))['/questions/x']).toBe('2026-04-01T00:00:00.000Z');
  });
});

describe('the A to Z in the sitemap', () => {
  it('lists one page per used letter, with its newest date, once the A to Z is split by letter', () => {
    const questions = Array.from({ length: A_Z_SINGLE_PAGE_LIMIT + 1 }, (_, i) =>
      entry(`q${i}`, {
        subject: i === 0 ? 'Zinc' : i % 2 ? 'Apples' : 'Éczema',
        published: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
        updated: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
      }),
    );
    const letters = sitemapEntries({ categories: [], questions }).filter((e) => e.path.startsWith('/a-z/'));
    expect(byPath(letters)).toEqual({
      '/a-z/a': '2026-01-28T00:00:00.000Z',
      '/a-z/e': '2026-01-27T00:00:00.000Z',
      '/a-z/z': '2026-01-01T00:00:00.000Z',
    });
  });
  it('lists only /a-z while every letter fits on it', () => {
    expect(sitemapEntries(index).filter((e) => e.path.startsWith('/a-z/'))).toEqual([]);
  });
});

describe('sitemapPlan', () => {
  const plan = sitemapPlan(index);
  it('keeps known pages and later pages of a listing, and drops everything else', () => {
    expect(plan.lookup('/questions/naps')?.lastmod).toBe('2026-05-01T00:00:00.000Z');
    expect(plan.lookup('/categories/sleep/page/2')).toEqual({
      path: '/categories/sleep/page/2',
      lastmod: '2026-05-01T00:00:00.000Z',
    });
    expect(plan.lookup('/page/3')?.lastmod).toBe('2026-05-01T00:00:00.000Z');
    for (const path of [
      '/questions/secret',
      '/tags/drafts-only',
      '/search',
      '/search/page/2',
      '/feed.xml',
      '/questions/naps/opengraph-image',
      '/_not-found',
      '/categories/sleep/page/1',
      '/categories/unknown/page/2',
    ])
      expect(plan.lookup(path), path).toBeUndefined();
  });
  it('counts prerendered listing pages once, alongside pages that were not prerendered', () => {
    const paths = plan.allPaths(['/', '/questions/naps', '/tags/naps/page/2', '/feed.xml']).map((e) => e.path);
    expect(paths).toHaveLength(sitemapEntries(index).length + 1);
    expect(paths).toContain('/tags/naps/page/2');
  });
});

describe('addresses with non-ASCII letters', () => {
  const unicode: ContentIndex = {
    categories: [{ slug: 'bien-être', url: '/categories/bien-%C3%AAtre', title: 'Bien-être', description: 'd' }],
    questions: [entry('coffee', { category: 'bien-être', tags: ['Café', "Ménière's disease"] })],
  };

  it('are listed percent-encoded, as RFC 3986 requires of a URL', () => {
    const paths = sitemapEntries(unicode).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/categories/bien-%C3%AAtre', '/tags/caf%C3%A9', '/tags/m%C3%A9ni%C3%A8res-disease']),
    );
    for (const path of paths) expect(path).toMatch(/^[A-Za-z0-9\-._~/%]+$/);
  });

  it('are found however Next spelled the prerendered route, and listed once', () => {
    const plan = sitemapPlan(unicode);
    expect(plan.lookup('/tags/café')?.path).toBe('/tags/caf%C3%A9');
    expect(plan.lookup('/tags/caf%C3%A9')?.path).toBe('/tags/caf%C3%A9');
    expect(plan.lookup('/tags/café/page/2')?.path).toBe('/tags/caf%C3%A9/page/2');
    expect(plan.allPaths(['/tags/café', '/categories/bien-être'])).toHaveLength(sitemapEntries(unicode).length);
  });
});

describe('robotsWithoutHost', () => {
  it('drops the Host line and keeps the rules and sitemap', () => {
    const robots =
      '# *\nUser-agent: *\nAllow: /\n\n# Host\nHost: https://example.org\n\n# Sitemaps\nSitemap: https://example.org/sitemap.xml\n';
    expect(robotsWithoutHost(robots)).toBe(
      '# *\nUser-agent: *\nAllow: /\n\n# Sitemaps\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
