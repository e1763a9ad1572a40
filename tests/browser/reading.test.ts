// The reading experience on a question page: the answer first on a phone, a table of contents,
// reading time, visible keyboard focus, and a print layout with just the answer and its sources.
import { describe, expect, it } from 'vitest';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { handCountedReadingTime } from '../helpers/hand-counted-reading-time';

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';
const QUESTION_FILE = 'content/questions/why-do-my-muscles-twitch-after-a-workout.mdx';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const browser = launchBrowserForFile();

describe('a question page', () => {
  it('shows the short answer and the verdict above the fold on a phone', async () => {
    const page = await openPage(browser, QUESTION, PHONE);
    for (const selector of ['h1', '#short-answer', '[data-section="verdict"]']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.y + box!.height, `${selector} ends above the fold`).toBeLessThanOrEqual(PHONE.viewport.height);
    }
    await page.context().close();
  });

  it('has no horizontal scrolling on a phone', async () => {
    const page = await openPage(browser, QUESTION, PHONE);
    // A phone browser widens its layout viewport to fit wide content, so compare with the device width.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.context().close();
  });

  it('shows a reading time that counts every part of the answer, under the title and in lists', async () => {
    const { words, minutes } = handCountedReadingTime(QUESTION_FILE);
    expect(words, 'the whole page is far longer than its in-depth answer alone').toBeGreaterThan(900);
    const page = await openPage(browser, QUESTION);
    await expect(page.locator('article header').innerText()).resolves.toContain(`${minutes} min read`);
    await page.goto(new URL('/categories/fitness-and-exercise', page.url()).toString());
    const item = page.locator('main li', { has: page.locator(`a[href="${QUESTION}"]`) }).first();
    await expect(item.innerText()).resolves.toContain(`${minutes} min read`);
    await page.context().close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', { viewport: { width: 1280, height: 900 } }],
  ] as const)('has a table of contents on a %s whose every link lands on its section', async (_, options) => {
    const page = await openPage(browser, QUESTION, options);
    const toc = page.locator('nav[aria-label="On this page"]:visible');
    await expect(toc.count()).resolves.toBe(1);
    if (options === PHONE) await toc.locator('summary').click();
    const links = toc.locator('a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // The fixed sections and the body's own subheadings are both listed.
    expect(hrefs).toEqual(
      expect.arrayContaining(['#in-depth-answer', '#why-this-happens', '#key-points', '#faqs', '#sources']),
    );
    expect(hrefs).toContain('#muscle-and-nerve-fatigue');
    for (const href of hrefs) await expect(page.locator(href).count(), href).resolves.toBe(1);
    await links.filter({ hasText: 'Sources' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#sources');
    await expect(page.locator('#sources-heading').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('shows where keyboard focus is, starting with the skip link', async () => {
    const page = await openPage(browser, QUESTION);
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.context().close();
  });

  it('prints the answer and its sources, with source addresses, and no navigation or controls', async () => {
    const page = await openPage(browser, QUESTION, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'header[role="banner"]',
      'nav[aria-label="On this page"]',
      'button',
      'footer[role="contentinfo"]',
    ])
      for (const element of await page.locator(hidden).all())
        await expect(element.isVisible(), `${hidden} is not printed`).resolves.toBe(false);
    for (const shown of ['h1', '#short-answer', '#in-depth-answer', '#sources'])
      await expect(page.locator(shown).isVisible(), `${shown} is printed`).resolves.toBe(true);
    const firstSource = page.locator('#sources a').first();
    const href = await firstSource.getAttribute('href');
    const after = await firstSource.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href);
    // Printed on paper in dark text, whatever the screen theme.
    const color = await page
      .locator('#in-depth-answer p')
      .first()
      .evaluate((p) => getComputedStyle(p).color);
    const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(300);
    await page.context().close();
  });
});
