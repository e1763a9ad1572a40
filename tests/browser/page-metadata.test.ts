// Every built page's head: canonical URL on the site's base URL, feed links, and share cards.
import { describe, expect, it } from 'vitest';
import { FEEDS } from '@/lib/seo/metadata';
import { absoluteUrl, site } from '@/lib/site';
import { baseUrl, launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex } from '../helpers/content-index';

const browser = launchBrowserForFile();

const index = readContentIndex();
const question = publishedQuestions(index)[0];
const pages = ['/', '/categories', '/tags', index.categories[0].url, `/tags/${question.tags[0].slug}`, question.url];

/** The same URL on the test server, which does not run at the site's public base URL. */
function onTestServer(url: string): string {
  return new URL(new URL(url).pathname + new URL(url).search, baseUrl()).toString();
}

describe('page heads', () => {
  it.each(pages)('%s has its canonical URL, both feed links and a share card', async (path) => {
    const page = await openPage(browser, path);
    const head = page.locator('head');
    // new URL() reads http://host and http://host/ as the same address (Next drops the home page's slash).
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).href).toBe(absoluteUrl(path));
    for (const feed of Object.values(FEEDS)) {
      const link = head.locator(`link[rel="alternate"][type="${feed.type}"]`);
      await expect(link.getAttribute('href')).resolves.toBe(absoluteUrl(feed.path));
      const response = await fetch(new URL(feed.path, baseUrl()));
      expect(response.status).toBe(200);
    }
    const ogUrl = await head.locator('meta[property="og:url"]').getAttribute('content');
    expect(new URL(ogUrl!).href).toBe(absoluteUrl(path));
    await expect(head.locator('meta[property="og:site_name"]').getAttribute('content')).resolves.toBe(site.name);
    const description = await head.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    await expect(head.locator('meta[name="twitter:card"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('the 404 page still links the feeds but claims no canonical URL', async () => {
    const page = await openPage(browser, '/questions/no-such-question');
    await expect(page.locator('head link[rel="canonical"]').count()).resolves.toBe(0);
    await expect(page.locator(`head link[type="${FEEDS.rss.type}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('a question page', () => {
  it('is titled through the site template and described by its summary', async () => {
    const page = await openPage(browser, question.url);
    await expect(page.title()).resolves.toBe(`${question.title} | ${site.name}`);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(question.summary);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    await page.context().close();
  });

  it('has its own generated Open Graph image, also used by the Twitter card', async () => {
    const page = await openPage(browser, question.url);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(new RegExp(`^${absoluteUrl(question.url)}/opengraph-image`));
    await expect(page.locator('meta[name="twitter:image"]').getAttribute('content')).resolves.toBe(og);
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe(
      'summary_large_image',
    );
    const response = await fetch(onTestServer(og!));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await response.arrayBuffer());
    // PNG header: the width and height are big-endian integers at bytes 16 and 20.
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    await page.context().close();
  });
});
