import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';
import type { ContentIndex } from '@/lib/content/types';
import { baseUrl, launchBrowserForFile, openPage } from '../helpers/browser';

// The built index tells the test where a walk can go; the assertions are all about the pages.
const index = JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
const published = index.questions.filter((question) => !question.draft);
const tagCount = (slug: string) => published.filter((q) => q.tags.some((tag) => tag.slug === slug)).length;

// A question with related questions and a tag it shares with another question.
const start = published.find((q) => q.related.length > 0 && q.tags.some((tag) => tagCount(tag.slug) > 1));

const browser = launchBrowserForFile();

async function breadcrumb(page: Page): Promise<string[]> {
  return page.locator('nav[aria-label="Breadcrumb"] li > :not([aria-hidden])').allInnerTexts();
}

async function follow(page: Page, selector: string): Promise<void> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
}

describe('finding your way around', () => {
  it('walks home → category → question → tag → another question → a related question', async () => {
    expect(start, 'the content has a question with related questions and a shared tag').toBeDefined();
    const question = start!;
    const category = index.categories.find((c) => c.slug === question.category)!;
    const tag = question.tags.find((t) => tagCount(t.slug) > 1)!;

    const page = await openPage(browser, '/');
    await follow(page, `main a[href="${category.url}"]`);
    await expect(page.locator('h1').innerText()).resolves.toBe(category.title);
    await expect(breadcrumb(page)).resolves.toEqual(['Home', 'Categories', category.title]);

    await follow(page, `main a[href="${question.url}"]`);
    await expect(page.locator('h1').innerText()).resolves.toBe(question.title);
    await expect(breadcrumb(page)).resolves.toEqual(['Home', category.title, question.title]);
    await expect(page.locator('main').innerText()).resolves.not.toContain('[[');
    // The related section comes after the sources, as on the reference page.
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.indexOf('Related questions')).toBeGreaterThan(headings.indexOf('Sources'));

    await follow(page, `ul[aria-label="Tags"] a[href="/tags/${tag.slug}"]`);
    await expect(page.locator('h1').innerText()).resolves.toBe(`Questions about ${tag.name}`);
    const listed = await page
      .locator('main ul a[href^="/questions/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toContain(question.url);

    const other = listed.find((href) => href !== question.url)!;
    await follow(page, `main ul a[href="${other}"]`);
    const related = page.locator('#related-questions a[href^="/questions/"]');
    const relatedHrefs = await related.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(relatedHrefs.length).toBeGreaterThan(0);
    expect(relatedHrefs.length).toBeLessThanOrEqual(5);
    expect(relatedHrefs).not.toContain(other);
    const target = await related.first().innerText();
    await follow(page, '#related-questions a[href^="/questions/"]');
    await expect(page.locator('h1').innerText()).resolves.toBe(target);
  });

  it('turns every [[internal link]] into a real link and never prints one raw', async () => {
    // A [[figure:ID]] placeholder reads as text, not a link: only links to questions count here.
    const withBodyLinks = published.filter((q) =>
      /\[\[(?!\s*figure\s*:)/i.test(readFileSync(q.sourceFilePath, 'utf8').split(/^---$/m)[2]),
    );
    expect(withBodyLinks.length, 'some question body has an internal link').toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const question of published) {
      await page.goto(new URL(question.url, baseUrl()).toString());
      await expect(page.locator('main').innerText(), question.url).resolves.not.toMatch(/\[\[|\]\]/);
      if (!withBodyLinks.includes(question)) continue;
      const hrefs = await page
        .locator('#in-depth-answer a, #why-this-happens a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => href.startsWith('/questions/')).length, question.url).toBeGreaterThan(0);
      for (const href of hrefs.filter((h) => h.startsWith('/questions/'))) {
        expect((await fetch(new URL(href, baseUrl()))).status, href).toBe(200);
      }
    }
    await page.close();
  });

  it('links each question to its neighbours in its category', async () => {
    const withNeighbour = published.find((q) => q.next);
    expect(withNeighbour, 'some category holds two questions').toBeDefined();
    const page = await openPage(browser, withNeighbour!.url);
    const next = published.find((q) => q.slug === withNeighbour!.next)!;
    await follow(page, 'nav[aria-label^="More in"] a[rel="next"]');
    await expect(page.locator('h1').innerText()).resolves.toBe(next.title);
    await expect(page.locator('nav[aria-label^="More in"] a[rel="prev"]').getAttribute('href')).resolves.toBe(
      withNeighbour!.url,
    );
  });

  it('lists every category with its description and question count, on /categories and the home page', async () => {
    for (const path of ['/categories', '/']) {
      const page = await openPage(browser, path);
      for (const category of index.categories) {
        const card = page.locator('main li', { has: page.locator(`a[href="${category.url}"]`) });
        const text = await card.innerText();
        const count = published.filter((q) => q.category === category.slug).length;
        expect(text, path).toContain(category.description);
        expect(text, path).toMatch(new RegExp(`\\b${count} questions?\\b`));
      }
    }
  });

  it('sorts /tags by count, then by name', async () => {
    const page = await openPage(browser, '/tags');
    const tags = await page.locator('main > ul > li > a').allInnerTexts();
    const parsed = tags.map((text) => {
      const match = /^(.*) \((\d+)\)$/.exec(text.trim())!;
      return { name: match[1], count: Number(match[2]) };
    });
    expect(parsed.length).toBeGreaterThan(1);
    const sorted = [...parsed].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    expect(parsed).toEqual(sorted);
  });

  it('answers 404 for list pages that do not exist', async () => {
    const category = index.categories[0];
    const tag = published[0].tags[0];
    for (const path of [
      `${category.url}/page/999`,
      `${category.url}/page/1`,
      `/tags/${tag.slug}/page/999`,
      '/categories/no-such-category',
      '/tags/no-such-tag',
    ]) {
      const response = await fetch(new URL(path, baseUrl()));
      expect(response.status, path).toBe(404);
    }
  });
});
