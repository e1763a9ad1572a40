import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile, openPage } from '../helpers/browser';

const REFERENCE = '/questions/why-do-my-muscles-twitch-after-a-workout';
const REFERENCE_TITLE = 'Why do my muscles twitch after a workout?';
const NO_JS = { javaScriptEnabled: false };

const browser = launchBrowserForFile();

const resultLinks = (page: Page) =>
  page.locator('main ol h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('search without JavaScript', () => {
  it('answers a misspelled query from the server, ranked, highlighted, with its category and a count', async () => {
    const page = await openPage(browser, '/search?q=twiching', NO_JS);
    await expect(page.locator('main [role="status"]').innerText()).resolves.toMatch(
      /^\d+ questions? match(es)? “twiching”/,
    );
    await expect(resultLinks(page)).resolves.toContain(REFERENCE);
    const result = page.locator('main ol > li', { has: page.locator(`a[href="${REFERENCE}"]`) });
    await expect(result.locator('h2 mark').allInnerTexts()).resolves.toEqual(['twitch']);
    await expect(result.locator('a[href^="/categories/"]').innerText()).resolves.toBe('Fitness and exercise');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
    await page.context().close();
  });

  it('submits the header search box as a plain form', async () => {
    const page = await openPage(browser, '/', NO_JS);
    await page.locator('header input[name="q"]').fill('muscle cramps');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL('**/search?q=muscle+cramps');
    await expect(resultLinks(page)).resolves.toContain(REFERENCE);
    await page.context().close();
  });

  it('says so when nothing matches, and offers categories and questions', async () => {
    const page = await openPage(browser, '/search?q=xylophone+quasar', NO_JS);
    await expect(page.locator('main [role="status"]').innerText()).resolves.toBe(
      'No questions match “xylophone quasar”.',
    );
    await expect(page.locator('main a[href^="/categories/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main a[href^="/questions/"]').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('handles an empty and an over-long query calmly', async () => {
    const empty = await fetch(new URL('/search?q=', baseUrl()));
    expect(empty.status).toBe(200);
    const page = await openPage(browser, `/search?q=${'cramp%20'.repeat(400)}`, NO_JS);
    await expect(page.locator('h1').innerText()).resolves.toBe('Search');
    await expect(page.locator('main').innerText()).resolves.toMatch(/longer than 200 characters/);
    const value = await page.locator('main input[name="q"]').inputValue();
    expect(value.length).toBeLessThanOrEqual(200);
    await expect(resultLinks(page)).resolves.toContain(REFERENCE);
    await page.context().close();
  });
});

describe('search suggestions with JavaScript', () => {
  async function openHome(): Promise<{ page: Page; requests: string[] }> {
    // Listen before navigating, so every request of the page and the box is seen.
    const page = await (await browser.newContext()).newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      requests.push(url.pathname + url.search);
    });
    await page.goto(new URL('/', baseUrl()).toString());
    await page.waitForLoadState('networkidle');
    return { page, requests };
  }

  it('asks the server only as you type, then suggests; arrow keys and Enter open a question', async () => {
    const { page, requests } = await openHome();
    const box = page.locator('header [role="combobox"]');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');

    await box.focus();
    expect(requests.filter((url) => url.startsWith('/api/suggest'))).toEqual([]);
    await box.pressSequentially('twiching');
    const listbox = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`);
    await listbox.locator('[role="option"]').first().waitFor();
    // Typed faster than the debounce: the last query is asked for, by its canonical key, and never the whole index.
    expect(requests).toContain('/api/suggest?q=twiching');
    expect(requests.filter((url) => url.startsWith('/api/suggest')).length).toBeLessThan('twiching'.length);
    expect(requests.filter((url) => url.includes('search-index'))).toEqual([]);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(listbox.locator('[role="option"]').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining(REFERENCE_TITLE)]),
    );
    const reference = listbox.locator('[role="option"]', { hasText: REFERENCE_TITLE });
    await expect(reference.locator('mark').allInnerTexts()).resolves.toEqual(['twitch']);
    await expect(page.locator('header [role="status"]').innerText()).resolves.toMatch(
      /^\d+ suggestions?, use the arrow keys/,
    );

    await box.press('ArrowDown');
    const first = listbox.locator('[role="option"]').first();
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await first.getAttribute('id'));
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');

    // Select the reference question by keyboard wherever it is in the list.
    const titles = await listbox.locator('[role="option"]').allInnerTexts();
    const position = titles.findIndex((text) => text.includes(REFERENCE_TITLE));
    for (let step = 0; step < position; step++) await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(`**${REFERENCE}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(REFERENCE_TITLE);
    await page.context().close();
  });

  it('opens a suggestion tapped on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(new URL('/', baseUrl()).toString());
    const box = page.locator('header [role="combobox"]');
    await box.tap();
    await box.pressSequentially('twitch');
    const option = page.locator('header [role="option"]', { hasText: REFERENCE_TITLE });
    await option.waitFor();
    await option.tap();
    await page.waitForURL(`**${REFERENCE}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(REFERENCE_TITLE);
    await context.close();
  });

  it('closes the suggestions on Escape, and Enter without a choice shows all results', async () => {
    const { page } = await openHome();
    const box = page.locator('header [role="combobox"]');
    await box.focus();
    await box.pressSequentially('cramps');
    await page.locator('header [role="option"]').first().waitFor();
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('header [role="listbox"]').isVisible()).resolves.toBe(false);
    await box.press('Enter');
    await page.waitForURL('**/search?q=cramps');
    await expect(resultLinks(page)).resolves.toContain(REFERENCE);
    await page.context().close();
  });
});

describe('the suggestion route', () => {
  const suggest = (q: string) => fetch(new URL(`/api/suggest?q=${encodeURIComponent(q)}`, baseUrl()));

  it('answers a partial or misspelled word with a few questions, cacheable by a CDN', async () => {
    for (const q of ['twit', 'Twiching']) {
      const response = await suggest(q);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+/);
      const hits = (await response.json()) as { url: string; title: string }[];
      expect(hits.length).toBeLessThanOrEqual(6);
      expect(hits.map((hit) => hit.url)).toContain(REFERENCE);
    }
  });

  it('stays small and calm for an empty, a huge or a junk query', async () => {
    for (const q of ['', ' ', 'x'.repeat(2_000), 'word '.repeat(400), '%%%\u0000<script>', 'zzzzqqqq']) {
      const response = await suggest(q);
      expect(response.status, JSON.stringify(q.slice(0, 20))).toBe(200);
      const body = await response.text();
      expect(body.length).toBeLessThan(4_000);
      expect(Array.isArray(JSON.parse(body))).toBe(true);
    }
  });

  it('never writes a cache entry per query (the route is rendered per request, not by ISR)', async () => {
    const response = await suggest(`random ${Date.now()}`);
    expect(response.headers.get('x-nextjs-cache')).toBeNull();
    expect(response.headers.get('x-nextjs-prerender')).toBeNull();
  });
});
