import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile, openPage } from '../helpers/browser';

const REFERENCE = '/questions/why-do-my-muscles-twitch-after-a-workout';

const browser = launchBrowserForFile();
let page: Page;

beforeAll(async () => {
  page = await openPage(browser, REFERENCE);
});

describe('the reference question page', () => {
  it('shows the question as the only h1', async () => {
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['Why do my muscles twitch after a workout?']);
  });

  it('shows every section of the reference page, in order, each with content', async () => {
    const headings = await page.locator('main h2').allTextContents();
    const expected = [
      'Short answer',
      'In-depth answer',
      'Why this happens',
      'Research-backed key points',
      'Practical tips',
      'Common myths and mistakes',
      'Frequently asked questions',
      'Sources',
    ];
    expect(headings.filter((heading) => expected.includes(heading))).toEqual(expected);
    for (const id of [
      'short-answer',
      'in-depth-answer',
      'why-this-happens',
      'key-points',
      'practical-tips',
      'myths-and-mistakes',
      'faqs',
      'sources',
    ]) {
      const text = await page.locator(`section#${id}`).innerText();
      expect(text.length, `section ${id} has content`).toBeGreaterThan(80);
    }
    await expect(page.locator('[data-section="summary"]').innerText()).resolves.toMatch(/harmless/);
  });

  it('explains the verdict badge instead of showing a bare label', async () => {
    const verdict = await page.locator('[data-section="verdict"]').innerText();
    expect(verdict).toContain('Usually harmless');
    expect(verdict.length).toBeGreaterThan(40);
  });

  it('prints no raw internal-link markup', async () => {
    await expect(page.locator('main').innerText()).resolves.not.toContain('[[');
  });

  it('numbers citations that jump to their source', async () => {
    const citation = page.locator('#key-points a[href^="#source-"]').first();
    const href = await citation.getAttribute('href');
    expect(await citation.innerText()).toBe('[1]');
    await citation.click();
    await page.waitForFunction((hash) => window.location.hash === hash, href);
    const target = page.locator(href!);
    await expect(target.isVisible()).resolves.toBe(true);
    await expect(target.locator('a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
  });

  it('opens every source link safely', async () => {
    const rels = await page
      .locator('#sources a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''));
    expect(rels.length).toBeGreaterThanOrEqual(3);
    for (const rel of rels) expect(rel).toContain('noopener');
  });

  it('shows dates in <time> elements and a medical disclaimer', async () => {
    await expect(page.locator('[data-section="meta"] time').first().getAttribute('datetime')).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await expect(page.locator('[data-section="disclaimer"]').innerText()).resolves.toMatch(
      /not a substitute for professional medical advice/,
    );
  });

  it('links the category and each tag to a page that lists this question', async () => {
    const tagLinks = await page
      .locator('ul[aria-label="Tags"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(tagLinks.length).toBeGreaterThanOrEqual(3);
    const categoryHref = await page.locator('[data-section="meta"] a[href^="/categories/"]').getAttribute('href');
    for (const href of [categoryHref!, ...tagLinks]) {
      const response = await fetch(new URL(href, baseUrl()));
      expect(response.status, href).toBe(200);
      expect(await response.text(), href).toContain(REFERENCE);
    }
  });
});

describe('an unknown question', () => {
  it('answers 404 with a helpful page', async () => {
    const other = await browser.newPage();
    const response = await other.goto(new URL('/questions/no-such-question', baseUrl()).toString());
    expect(response?.status()).toBe(404);
    await expect(other.locator('h1').innerText()).resolves.toBe('Page not found');
  });
});
