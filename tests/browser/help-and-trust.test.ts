// Every published question shows the help a reader needs: its "when to get help" boxes (once, high
// on the page), the crisis contacts on every page of a crisis-support category, and the links to the
// editorial policy. The pages come from the built index, not a hard-coded list.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CRISIS_CONTACTS, WHEN_TO_GET_HELP } from '@/data/help-contacts';
import { stripInternalLinks } from '@/lib/content/internal-links';
import { site } from '@/lib/site';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex } from '../helpers/content-index';

interface HelpFields {
  whenToGetHelp?: { urgent?: string[]; soon?: string[] };
}

const index = readContentIndex();
const questions = publishedQuestions(index);
const categories = new Map(index.categories.map((category) => [category.slug, category]));
const help = (documentPath: string) => (JSON.parse(readFileSync(documentPath, 'utf8')) as HelpFields).whenToGetHelp;

const browser = launchBrowserForFile();
let page: Page;
beforeAll(async () => {
  page = await openPage(browser, '/');
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(questions.map((question) => [question.url, question] as const))('%s', (url, entry) => {
  const category = categories.get(entry.category)!;
  const expected = help(entry.documentPath);
  const urgent = expected?.urgent ?? [];
  const soon = expected?.soon ?? [];

  beforeAll(async () => {
    await page.goto(new URL(url, page.url()).toString());
  });

  it('has its help boxes if its category is about symptoms', () => {
    if (category.symptoms) expect(urgent.length + soon.length, `${url} in ${category.slug}`).toBeGreaterThan(0);
  });

  it('shows its warning signs once, in the standard boxes, right after the short answer', async () => {
    const sections = page.locator('[data-section="when-to-get-help"]');
    if (urgent.length + soon.length === 0) {
      await expect(sections.count()).resolves.toBe(0);
      return;
    }
    await expect(sections.count()).resolves.toBe(1);
    for (const [kind, items] of [
      ['urgent', urgent],
      ['soon', soon],
    ] as const) {
      const box = page.locator(`[data-help="${kind}"]`);
      if (items.length === 0) {
        await expect(box.count()).resolves.toBe(0);
        continue;
      }
      await expect(box.locator('h3').innerText()).resolves.toBe(WHEN_TO_GET_HELP[kind].heading);
      const shown = (await box.locator('li').allInnerTexts()).map(normalise);
      expect(shown).toEqual(items.map((item) => normalise(stripInternalLinks(item))));
      await expect(box.innerText()).resolves.toContain(WHEN_TO_GET_HELP[kind].inTheUs);
    }
    const order = await page.evaluate(() => {
      const ids = ['short-answer', 'when-to-get-help', 'in-depth-answer'];
      return [...document.querySelectorAll('main section[id]')].map((s) => s.id).filter((id) => ids.includes(id));
    });
    expect(order.slice(0, 2)).toEqual(['short-answer', 'when-to-get-help']);
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
    expect(questions.filter((entry) => (help(entry.documentPath)?.urgent ?? []).length > 0).length).toBeGreaterThan(0);
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
