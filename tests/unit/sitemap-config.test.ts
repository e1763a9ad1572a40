// Runs the real next-sitemap CLI with next-sitemap.config.cjs over a synthetic build in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { entry } from '../helpers/entries';

const ROOT = process.cwd();
// Each case starts Node and next-sitemap: seconds on a busy machine.
const SLOW = 30_000;
const SITE = 'https://answers.example.org';
const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function runSitemap(index: ContentIndex, prerendered: string[]) {
  dir = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
  mkdirSync(path.join(dir, '.content'));
  mkdirSync(path.join(dir, '.next'));
  writeFileSync(path.join(dir, '.content/index.json'), JSON.stringify(index));
  writeFileSync(path.join(dir, '.next/build-manifest.json'), JSON.stringify({ pages: {} }));
  writeFileSync(
    path.join(dir, '.next/prerender-manifest.json'),
    JSON.stringify({ routes: Object.fromEntries(prerendered.map((route) => [route, {}])), notFoundRoutes: [] }),
  );
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/next-sitemap/bin/next-sitemap.mjs'),
      '--config',
      path.join(ROOT, 'next-sitemap.config.cjs'),
    ],
    { cwd: dir, env: { ...process.env, SITE_URL: `${SITE}/` }, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  const read = (file: string) => readFileSync(path.join(dir, 'public', file), 'utf8');
  return { read, files: readdirSync(path.join(dir, 'public')).sort() };
}

function questions(count: number) {
  return Array.from({ length: count }, (_, i) =>
    entry(`q-${i}`, { category: 'sleep', tags: ['sleep'], updated: `2026-01-01T00:00:00.000Z`, draft: i % 10 === 9 }),
  );
}

const categories = [{ slug: 'sleep', url: '/categories/sleep', title: 'Sleep', description: 'd' }];

describe('next-sitemap.config.cjs', () => {
  it(
    'writes one sitemap of the published pages at SITE_URL, and a robots.txt that points to it without Host',
    () => {
      const { read, files } = runSitemap({ categories, questions: questions(10) }, [
        '/',
        '/questions/q-0',
        '/feed.xml',
        '/search',
        '/_not-found',
      ]);
      expect(files).toEqual(['robots.txt', 'sitemap.xml']);
      const locs = xml.parse(read('sitemap.xml')).urlset.url.map((url: { loc: string }) => url.loc);
      const expected = [
        '/',
        '/categories',
        '/tags',
        '/a-z',
        '/editorial-policy',
        '/privacy',
        '/accessibility',
        '/categories/sleep',
        '/tags/sleep',
      ].concat(Array.from({ length: 9 }, (_, i) => `/questions/q-${i}`));
      expect([...locs].sort()).toEqual(expected.map((p) => (p === '/' ? SITE : `${SITE}${p}`)).sort());
      const robots = read('robots.txt');
      expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
      expect(robots).not.toMatch(/^host:/im);
    },
    SLOW,
  );

  it(
    'splits past 5,000 URLs into numbered sitemaps under a sitemap index',
    () => {
      const { read, files } = runSitemap({ categories, questions: questions(6000) }, ['/']);
      expect(files).toEqual(['robots.txt', 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap.xml']);
      const index = xml.parse(read('sitemap.xml')).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
      expect(index).toEqual([`${SITE}/sitemap-0.xml`, `${SITE}/sitemap-1.xml`]);
      const counts = ['sitemap-0.xml', 'sitemap-1.xml'].map((file) => xml.parse(read(file)).urlset.url.length);
      // 5,400 published questions (every tenth is a draft) + 6 index, category and tag pages + the 3
      // statements + the A to Z's one letter page (every subject is "q …"), as the A to Z is split past
      // 400 questions.
      expect(counts).toEqual([5000, 410]);
      expect(read('robots.txt').match(/^Sitemap:/gm)).toHaveLength(1);
    },
    SLOW,
  );
});
