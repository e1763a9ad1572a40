// The A to Z: every published question under the first letter of its subject, and a letter bar that
// jumps within the page (without JavaScript), with letters that have no question shown but not linked.
import { describe, expect, it } from 'vitest';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions } from '../helpers/content-index';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const published = publishedQuestions();
// The shipped subjects start with an ASCII letter or a digit, so the expected letter is plain to see.
const letterOf = (subject: string) => (/^[0-9]/.test(subject) ? '0–9' : subject[0].toUpperCase());
const usedLetters = new Set(published.map((question) => letterOf(question.subject)));
const allLetters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0–9'];

const browser = launchBrowserForFile();

describe('the A to Z', () => {
  it('shows every letter, linking only those with questions', async () => {
    const page = await openPage(browser, '/a-z');
    const bar = page.getByRole('navigation', { name: 'Letters' });
    const items = await bar.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector('[aria-hidden], a')!.textContent!,
        linked: !!li.querySelector('a'),
      })),
    );
    expect(items.map((item) => item.text)).toEqual(allLetters);
    for (const item of items) expect(item.linked, item.text).toBe(usedLetters.has(item.text));
    expect(usedLetters.size, 'some letters are empty, so the test sees both kinds').toBeLessThan(allLetters.length);
    await page.context().close();
  });

  it('lists every published question once, under the letter of its subject', async () => {
    const page = await openPage(browser, '/a-z');
    const listed = await page
      .locator('main section a[href^="/questions/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...listed].sort()).toEqual(published.map((question) => question.url).sort());
    for (const question of published) {
      const section = page.locator('main section', { has: page.locator(`a[href="${question.url}"]`) });
      await expect(section.locator('h2 [aria-hidden]').innerText()).resolves.toBe(letterOf(question.subject));
      await expect(section.innerText()).resolves.toContain(question.subject);
    }
    await page.context().close();
  });

  it('jumps to a letter within the page on a phone, without JavaScript', async () => {
    const page = await openPage(browser, '/a-z', { ...PHONE, javaScriptEnabled: false });
    const last = [...usedLetters]
      .filter((letter) => /[A-Z]/.test(letter))
      .sort()
      .at(-1)!;
    const before = page.url();
    await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: last, exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#letter-${last.toLowerCase()}`);
    expect(page.url().split('#')[0], 'the same page, not a new one').toBe(before.split('#')[0]);
    const heading = await page.locator(`#letter-${last.toLowerCase()} h2`).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(PHONE.viewport.height / 2);
    await page.context().close();
  });

  it('is linked from the header and the footer', async () => {
    const page = await openPage(browser, '/');
    await expect(page.locator('header[role="banner"] a[href="/a-z"]').count()).resolves.toBe(1);
    await expect(page.locator('footer[role="contentinfo"] a[href="/a-z"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});
