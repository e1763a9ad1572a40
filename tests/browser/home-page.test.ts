import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';
import type { ContentIndex } from '@/lib/content/types';
import { launchBrowser, openPage } from '../helpers/browser';

// The index is sorted newest first: its first published question must head the home page.
const newest = (JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex).questions.find((q) => !q.draft)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the home page', () => {
  it('lists the latest questions, each linking to its page', async () => {
    const page = await openPage(browser, '/');
    const links = await page
      .locator('main ul a[href^="/questions/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toBe(newest.url);
    await page.locator(`main a[href="${newest.url}"]`).first().click();
    await page.waitForURL(`**${newest.url}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(newest.title);
  });
  it('has a header, a footer with the disclaimer, and the page language set', async () => {
    const page = await openPage(browser, '/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('footer[role="contentinfo"]').innerText()).resolves.toMatch(
      /not a substitute for professional medical advice/,
    );
    await expect(page.locator('header[role="banner"] a[href="/categories"]').count()).resolves.toBe(1);
  });
});
