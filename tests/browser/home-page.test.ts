// The home page as a reader's front door: search first (working without JavaScript), then the
// categories, the featured questions and the latest few, each compact.
import { describe, expect, it } from 'vitest';
import { featuredAndLatest } from '@/lib/content/questions';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex } from '../helpers/content-index';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const index = readContentIndex();
const published = publishedQuestions(index);
const featured = published.filter((question) => question.featured);

const browser = launchBrowserForFile();

describe('the home page', () => {
  it('opens with a large search box above the fold on a phone', async () => {
    const page = await openPage(browser, '/', PHONE);
    const box = page.getByRole('searchbox', { name: 'Search for a symptom, condition or question' });
    const bounds = await box.boundingBox();
    expect(bounds!.y + bounds!.height).toBeLessThanOrEqual(PHONE.viewport.height / 2);
    expect(bounds!.height, 'a large, easy target').toBeGreaterThanOrEqual(44);
    // Nothing in the main content comes before it but the page's name and description.
    const firstSection = await page.locator('main section').first().innerText();
    expect(firstSection).toContain('Search for a symptom, condition or question');
    await page.context().close();
  });

  it('searches without JavaScript', async () => {
    const page = await openPage(browser, '/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'Search for a symptom, condition or question' }).fill('muscle twitches');
    await page.getByRole('search', { name: 'Search for a symptom, condition or question' }).getByRole('button').click();
    await page.waitForURL((url) => url.pathname === '/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('muscle twitches');
    await expect(
      page.locator('main a[href="/questions/why-do-my-muscles-twitch-after-a-workout"]').count(),
    ).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists every category with its description and count, then featured and latest questions, compactly', async () => {
    const page = await openPage(browser, '/');
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(['Health A to Z', 'Browse by category', 'Featured questions', 'Latest questions']);
    for (const category of index.categories) {
      const card = page.locator('main li', { has: page.locator(`a[href="${category.url}"]`) });
      const count = published.filter((question) => question.category === category.slug).length;
      await expect(card.innerText()).resolves.toContain(category.description);
      await expect(card.innerText()).resolves.toContain(`${count} question${count === 1 ? '' : 's'}`);
    }
    expect(featured.length, 'the shipped content features some questions').toBeGreaterThan(0);
    const { latest } = featuredAndLatest(published, 5);
    const listed = (heading: string) =>
      page
        .locator('section', { has: page.getByRole('heading', { name: heading }) })
        .locator('a[href^="/questions/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect(listed('Featured questions')).resolves.toEqual(featured.map((question) => question.url));
    await expect(listed('Latest questions')).resolves.toEqual(latest.map((question) => question.url));
    // Compact: each item is its title, verdict, reading time and date, never the full summary.
    const main = await page.locator('main').innerText();
    for (const question of [...featured, ...latest]) expect(main).not.toContain(question.summary);
    await expect(
      page
        .locator('section', { has: page.getByRole('heading', { name: 'Latest questions' }) })
        .locator('li')
        .first()
        .innerText(),
    ).resolves.toMatch(/\d+ min read/);
    await page.locator(`main a[href="${latest[0].url}"]`).click();
    await page.waitForURL(`**${latest[0].url}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(latest[0].title);
    await page.context().close();
  });

  it('has a header, a footer with the disclaimer, and the page language set', async () => {
    const page = await openPage(browser, '/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('footer[role="contentinfo"]').innerText()).resolves.toMatch(
      /not a substitute for professional medical advice/,
    );
    await expect(page.locator('header[role="banner"] a[href="/categories"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});
