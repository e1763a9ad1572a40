// Every published question shows the help a reader needs: its "when to get help" boxes (once, high
// on the page), the crisis contacts on every page of a crisis-support category, and the links to the
// editorial policy. The pages come from the built index, not a hard-coded list.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CRISIS_CONTACTS } from '@/data/help-contacts';
import { HELP_ACTION_IDS, HELP_ACTIONS } from '@/data/help-actions';
import { formatDate } from '@/lib/content/dates';
import { stripInternalLinks } from '@/lib/content/internal-links';
import { reviewDates } from '@/lib/trust/review-dates';
import { site } from '@/lib/site';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex } from '../helpers/content-index';

interface HelpFields {
  whenToGetHelp?: { action: keyof typeof HELP_ACTIONS; signs: string[] }[];
  updated: string;
  reviewed?: string;
}

const index = readContentIndex();
const questions = publishedQuestions(index);
const categories = new Map(index.categories.map((category) => [category.slug, category]));
const readDocument = (documentPath: string) => JSON.parse(readFileSync(documentPath, 'utf8')) as HelpFields;
const help = (documentPath: string) => readDocument(documentPath).whenToGetHelp ?? [];

const browser = launchBrowserForFile();
let page: Page;
beforeAll(async () => {
  page = await openPage(browser, '/');
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(questions.map((question) => [question.url, question] as const))('%s', (url, entry) => {
  const category = categories.get(entry.category)!;
  const boxes = help(entry.documentPath).filter((box) => box.signs.length > 0);
  const signCount = boxes.reduce((total, box) => total + box.signs.length, 0);

  beforeAll(async () => {
    await page.goto(new URL(url, page.url()).toString());
  });

  it('has its help boxes if its category is about symptoms', () => {
    if (category.symptoms) expect(signCount, `${url} in ${category.slug}`).toBeGreaterThan(0);
  });

  it('shows its warning signs once, in the standard boxes, right after the short answer', async () => {
    const sections = page.locator('[data-section="when-to-get-help"]');
    if (signCount === 0) {
      await expect(sections.count()).resolves.toBe(0);
      return;
    }
    await expect(sections.count()).resolves.toBe(1);
    // Most urgent first, each box headed by its action's wording, never the page's.
    const mostUrgentFirst = [...boxes].sort(
      (a, b) => HELP_ACTION_IDS.indexOf(a.action) - HELP_ACTION_IDS.indexOf(b.action),
    );
    const shownActions = await sections
      .locator('[data-help]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-help')));
    expect(shownActions).toEqual(mostUrgentFirst.map((box) => box.action));
    for (const { action, signs } of boxes) {
      const box = page.locator(`[data-help="${action}"]`);
      await expect(box.locator('h3').innerText()).resolves.toBe(HELP_ACTIONS[action].heading);
      const shown = (await box.locator('li').allInnerTexts()).map(normalise);
      expect(shown).toEqual(signs.map((sign) => normalise(stripInternalLinks(sign))));
      await expect(box.innerText()).resolves.toContain(HELP_ACTIONS[action].inTheUs);
    }
    const order = await page.evaluate(() => {
      const ids = ['short-answer', 'when-to-get-help', 'in-depth-answer'];
      return [...document.querySelectorAll('main section[id]')].map((s) => s.id).filter((id) => ids.includes(id));
    });
    expect(order.slice(0, 2)).toEqual(['short-answer', 'when-to-get-help']);
  });

  it('says when the page was last reviewed and when its next review is due', async () => {
    const dates = reviewDates(readDocument(entry.documentPath));
    const shown = normalise(await page.locator('[data-review-dates]').innerText());
    expect(shown).toContain(`Page last reviewed: ${formatDate(dates.lastReviewed)}`);
    expect(shown).toContain(`Next review due: ${formatDate(dates.nextReviewDue)}`);
  });

  it(`shows the crisis contacts if and only if its category offers crisis support`, async () => {
    const boxes = page.locator('[data-section="crisis-contacts"]');
    if (!category.crisisSupport) {
      await expect(boxes.count()).resolves.toBe(0);
      return;
    }
    await expect(boxes.count()).resolves.toBe(1);
    const text = normalise(await boxes.innerText());
    for (const group of CRISIS_CONTACTS.groups)
      for (const contact of group.contacts) expect(text).toContain(normalise(contact.action));
    const phones = await boxes
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(phones).toEqual(expect.arrayContaining(['tel:999', 'tel:111', 'tel:116123', 'tel:988', 'tel:911']));
  });

  it('links to the editorial policy and a way to report a mistake', async () => {
    const article = page.locator('[data-section="editorial-links"]');
    await expect(article.locator(`a[href="${site.editorialPolicyPath}"]`).count()).resolves.toBe(1);
    const report = await article.locator('a[href^="mailto:"]').getAttribute('href');
    expect(report).toContain(site.correctionsEmail);
    await expect(
      page.locator(`footer[role="contentinfo"] a[href="${site.editorialPolicyPath}"]`).count(),
    ).resolves.toBe(1);
  });
});

describe('the shipped library', () => {
  it('has pages that need help boxes and crisis contacts, so the checks above are not empty', () => {
    expect(questions.filter((entry) => categories.get(entry.category)?.crisisSupport).length).toBeGreaterThan(0);
    const levels = new Set(
      questions.flatMap((entry) => help(entry.documentPath).map((box) => HELP_ACTIONS[box.action].level)),
    );
    expect([...levels].sort()).toEqual(['immediate', 'non-urgent', 'urgent']);
  });
});

describe('the editorial policy page', () => {
  it('explains how answers are sourced, reviewed and corrected, with the corrections address', async () => {
    await page.goto(new URL(site.editorialPolicyPath, page.url()).toString());
    await expect(page.locator('h1').innerText()).resolves.toBe('Editorial policy');
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(
      expect.arrayContaining(['How we choose sources', 'How we review', 'How we correct mistakes', 'Report a mistake']),
    );
    await expect(page.locator(`#report-a-mistake + p a[href="mailto:${site.correctionsEmail}"]`).count()).resolves.toBe(
      1,
    );
  });
});
