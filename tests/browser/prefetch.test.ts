// A reader on a phone pays for every byte: opening a page fetches that page's own files (its HTML,
// one stylesheet, the icon), no framework JavaScript and not the RSC data of the pages its links
// point to (header, footer, breadcrumbs, lists, links in the text); scrolling through a question
// does not fetch its category, tag or editorial pages either.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile } from '../helpers/browser';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const browser = launchBrowserForFile();

/** Opens `path` on a phone and returns the addresses of the RSC (router data) requests made, after `then`. */
async function rscRequests(path: string, then: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    if (request.url().includes('_rsc=') || headers['rsc'] === '1') seen.push(request.url());
  });
  await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await then(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return seen;
}

describe('what a page downloads', () => {
  it.each([
    '/',
    '/questions/why-do-my-muscles-twitch-after-a-workout',
    '/categories/fitness-and-exercise',
    '/search?q=sleep',
    '/questions/no-such-question',
  ])('opening %s downloads no script file and carries no hydration data', async (path) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
    const response = await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const html = (await response?.text()) ?? '';
    await context.close();
    expect(requests.filter((request) => request.startsWith('script '))).toEqual([]);
    expect(requests.filter((request) => request.startsWith('stylesheet '))).toHaveLength(1);
    expect(html).not.toContain('self.__next_f');
    expect(html).toContain('<h1');
  });
});

describe('prefetching', () => {
  it.each(['/', '/questions/why-do-my-muscles-twitch-after-a-workout', '/categories/fitness-and-exercise'])(
    'opening %s fetches no other page’s data',
    async (path) => {
      await expect(rscRequests(path)).resolves.toEqual([]);
    },
  );

  it('scrolling through a question fetches at most its likely next pages (related questions, neighbours)', async () => {
    const question = '/questions/why-do-my-muscles-twitch-after-a-workout';
    const requests = await rscRequests(question, async (page) => {
      for (let y = 0; y < 40; y++) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(50);
      }
    });
    const fetched = requests.map((url) => new URL(url).pathname);
    for (const path of fetched) expect(path, `prefetched ${path}`).toMatch(/^\/questions\//);
  });
});
