// The built sitemap and robots.txt, checked against the slim content index and the running site.
import { POLICY_PAGES } from '@/lib/pages/policy-pages';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl, site } from '@/lib/site';
import { baseUrl } from '../helpers/browser';
import { publishedQuestions, readContentIndex, sample } from '../helpers/content-index';

interface UrlEntry {
  loc: string;
  lastmod?: string;
}

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

async function fetchText(pathOrUrl: string): Promise<string> {
  const url = new URL(new URL(pathOrUrl, site.url).pathname, baseUrl());
  const response = await fetch(url);
  expect(response.status, url.pathname).toBe(200);
  return response.text();
}

/** Every <url> of the sitemap, following a sitemap index when the site has outgrown one file. */
async function sitemapUrls(): Promise<UrlEntry[]> {
  const root = xml.parse(await fetchText('/sitemap.xml'));
  if (root.urlset) return root.urlset.url;
  const files: { loc: string }[] = root.sitemapindex.sitemap;
  const urls: UrlEntry[] = [];
  for (const file of files) urls.push(...xml.parse(await fetchText(file.loc)).urlset.url);
  return urls;
}

function latest(dates: string[]): string | undefined {
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
}

/** What the sitemap must say, worked out from the index: path -> content date. */
function expectedPages(): Map<string, string | undefined> {
  const index = readContentIndex();
  const published = publishedQuestions(index);
  // A question changed last on its updated date, or its published date if that is later.
  const changed = (q: (typeof published)[number]) => latest([q.published, q.updated])!;
  const newest = latest(published.map(changed));
  const pages = new Map<string, string | undefined>([
    ['/', newest],
    ['/categories', newest],
    ['/tags', newest],
    ['/a-z', newest],
    // The site's statements, with the day each last changed (none recorded for the editorial policy).
    ['/editorial-policy', undefined],
    [POLICY_PAGES.privacy.path, POLICY_PAGES.privacy.updated],
    [POLICY_PAGES.accessibility.path, POLICY_PAGES.accessibility.updated],
  ]);
  for (const category of index.categories)
    pages.set(category.url, latest(published.filter((q) => q.category === category.slug).map(changed)));
  for (const question of published) {
    pages.set(question.url, changed(question));
    for (const tag of question.tags)
      pages.set(`/tags/${tag.slug}`, latest([pages.get(`/tags/${tag.slug}`) ?? '', changed(question)]));
  }
  return pages;
}

describe('sitemap.xml', () => {
  let urls: UrlEntry[];
  beforeAll(async () => {
    urls = await sitemapUrls();
  });

  it('lists exactly the published pages, each once, with its content date', () => {
    const expected = expectedPages();
    const listed = new Map<string, string | undefined>();
    for (const url of urls) {
      const path = new URL(url.loc).pathname;
      expect(listed.has(path), `${path} listed twice`).toBe(false);
      // On the site's base URL (new URL() reads http://host and http://host/ alike).
      expect(new URL(url.loc).href).toBe(absoluteUrl(path));
      listed.set(path, url.lastmod);
    }
    // Later pages of a listing (…/page/2) belong with their listing and share its date.
    for (const [path, lastmod] of listed) {
      const listing = /^(.*)\/page\/\d+$/.exec(path);
      if (listing && !expected.has(path)) {
        expect(expected.has(listing[1] || '/'), path).toBe(true);
        expect(lastmod).toBe(expected.get(listing[1] || '/'));
        listed.delete(path);
      }
    }
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
  });

  it('lists no drafts, search pages, feeds or images', () => {
    const drafts = readContentIndex().questions.filter((q) => q.draft);
    const paths = urls.map((url) => new URL(url.loc).pathname);
    for (const draft of drafts) expect(paths).not.toContain(draft.url);
    expect(paths.filter((path) => /^\/search|\.xml$|opengraph-image|_not-found/.test(path))).toEqual([]);
  });

  it('lists only pages that answer 200', async () => {
    for (const url of sample(urls, 60)) {
      const response = await fetch(new URL(new URL(url.loc).pathname, baseUrl()), { redirect: 'manual' });
      expect(response.status, url.loc).toBe(200);
    }
  });

  it('never dates a page by the build', () => {
    const contentDates = new Set(publishedQuestions().flatMap((q) => [q.published, q.updated]));
    for (const url of urls) if (url.lastmod) expect(contentDates, url.loc).toContain(url.lastmod);
  });
});

describe('robots.txt', () => {
  it('allows crawling and points to the sitemap on the site URL, with no Host line', async () => {
    const robots = await fetchText('/robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
    expect(robots).not.toMatch(/^host:/im);
  });
});
