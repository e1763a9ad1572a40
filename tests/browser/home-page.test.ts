import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser';

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
    expect(links).toContain('/questions/why-do-my-muscles-twitch-after-a-workout');
    await page.locator('main a[href="/questions/why-do-my-muscles-twitch-after-a-workout"]').click();
    await page.waitForURL('**/questions/why-do-my-muscles-twitch-after-a-workout');
    await expect(page.locator('h1').innerText()).resolves.toBe('Why do my muscles twitch after a workout?');
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
