// A category page: a short "Start here" list (the category's featured questions first), then every
// question compactly (title, verdict, reading time, date), never the full summaries.
import { describe, expect, it } from 'vitest';
import { START_HERE_COUNT } from '@/lib/content/questions';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex } from '../helpers/content-index';

const index = readContentIndex();
const published = publishedQuestions(index);
// A category with a featured question and more questions than the "Start here" list holds.
const category = index.categories.find((candidate) => {
  const inCategory = published.filter((question) => question.category === candidate.slug);
  return inCategory.length > START_HERE_COUNT && inCategory.some((question) => question.featured);
})!;
const inCategory = published.filter((question) => question.category === category.slug);

const browser = launchBrowserForFile();

describe('a category page', () => {
  it('starts with a short list headed by the featured questions of the category', async () => {
    expect(category, 'the shipped content has a category with a featured question').toBeDefined();
    const page = await openPage(browser, category.url);
    const startHere = page.locator('section', { has: page.getByRole('heading', { name: 'Start here' }) });
    const links = await startHere
      .locator('a[href^="/questions/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(START_HERE_COUNT);
    const featured = inCategory.filter((question) => question.featured).map((question) => question.url);
    expect(links.slice(0, featured.length)).toEqual(expect.arrayContaining(featured.slice(0, START_HERE_COUNT)));
    await page.context().close();
  });

  it('lists every question compactly, with its reading time and no summary', async () => {
    const page = await openPage(browser, category.url);
    await expect(page.getByRole('heading', { name: `All ${inCategory.length} questions` }).count()).resolves.toBe(1);
    const main = await page.locator('main').innerText();
    for (const question of inCategory.slice(0, 10)) {
      expect(main).toContain(question.title);
      expect(main).not.toContain(question.summary);
    }
    await page.context().close();
  });
});
