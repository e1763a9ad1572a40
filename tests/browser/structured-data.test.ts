// The JSON-LD of the built pages parses and says what a reader sees on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_SIZE } from '@/lib/pages/pagination';
import { absoluteUrl } from '@/lib/site';
import { launchBrowserForFile, openPage } from '../helpers/browser';
import { publishedQuestions, readContentIndex, sample } from '../helpers/content-index';

interface Node {
  '@type': string;
  [key: string]: unknown;
}

const browser = launchBrowserForFile();

async function jsonLd(page: Page): Promise<Node[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Node);
}

function ofType(nodes: Node[], type: string): Node {
  const found = nodes.filter((node) => node['@type'] === type);
  expect(found, `one ${type}`).toHaveLength(1);
  return found[0];
}

/** The BreadcrumbList names the same pages, in the same order, as the breadcrumb trail a reader sees. */
async function expectCrumbsMatchPage(page: Page, nodes: Node[]) {
  const crumbs = ofType(nodes, 'BreadcrumbList').itemListElement as { name: string; item: string }[];
  const visible = await page.locator('nav[aria-label="Breadcrumb"] li').evaluateAll((items) =>
    items.map((li) => ({
      name: li.textContent!.replace('›', '').trim(),
      href: li.querySelector('a')?.getAttribute('href'),
    })),
  );
  expect(crumbs.map((crumb) => crumb.name)).toEqual(visible.map((crumb) => crumb.name));
  // Every crumb but the current page links to the page the JSON-LD names.
  for (const [i, crumb] of visible.slice(0, -1).entries()) expect(absoluteUrl(crumb.href!)).toBe(crumbs[i].item);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(crumbs.at(-1)?.item).toBe(new URL(canonical!).href);
}

const index = readContentIndex();
const questions = sample(publishedQuestions(index), 20);

describe.each(questions.map((q) => [q.url, q] as const))('JSON-LD of %s', (url, entry) => {
  let page: Page;
  let nodes: Node[];
  beforeAll(async () => {
    page = await openPage(browser, url);
    nodes = await jsonLd(page);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('has a FAQPage whose every question and answer is visible on the page with the same text', async () => {
    const faq = ofType(nodes, 'FAQPage');
    const items = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    const terms = page.locator('#faqs dt');
    await expect(terms.count()).resolves.toBe(items.length);
    for (const [i, item] of items.entries()) {
      const term = terms.nth(i);
      await expect(term.isVisible(), item.name).resolves.toBe(true);
      expect((await term.innerText()).trim()).toBe(item.name);
      const answer = term.locator('xpath=following-sibling::dd[1]');
      await expect(answer.isVisible(), item.name).resolves.toBe(true);
      expect((await answer.innerText()).trim()).toBe(item.acceptedAnswer.text);
    }
  });

  it('has a MedicalWebPage matching the heading, dates and source list', async () => {
    const medical = ofType(nodes, 'MedicalWebPage');
    expect(medical.headline).toBe((await page.locator('h1').innerText()).trim());
    expect(medical.url).toBe(absoluteUrl(url));
    expect(medical.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(medical.datePublished).toBe(entry.published.slice(0, 10));
    expect(medical.dateModified).toBe(entry.updated.slice(0, 10));
    expect(medical.keywords).toBe(entry.tags.map((tag) => tag.name).join(', '));
    expect(medical.publisher).toMatchObject({ '@type': 'Organization' });
    const sources = await page
      .locator('#sources li a')
      .evaluateAll((links) => links.map((a) => ({ url: a.getAttribute('href'), name: a.textContent?.trim() })));
    const citations = (medical.citation as { url: string; name: string }[]).map(({ url, name }) => ({ url, name }));
    expect(citations.length).toBeGreaterThan(0);
    expect(citations).toEqual(sources);
  });

  it('has a BreadcrumbList from home through the category to this page', async () => {
    const crumbs = ofType(nodes, 'BreadcrumbList').itemListElement as { position: number; item: string }[];
    expect(crumbs.map((crumb) => crumb.position)).toEqual(crumbs.map((_, i) => i + 1));
    expect(crumbs[0].item).toBe(absoluteUrl('/'));
    expect(crumbs).toContainEqual(expect.objectContaining({ item: absoluteUrl(`/categories/${entry.category}`) }));
    expect(crumbs.at(-1)?.item).toBe(absoluteUrl(url));
  });

  it('has the same BreadcrumbList as the visible breadcrumbs', async () => {
    await expectCrumbsMatchPage(page, nodes);
  });
});

describe('JSON-LD of listing pages', () => {
  const published = publishedQuestions(index);
  const tag = published[0]?.tags[0];
  // The biggest category, so that its second page is covered when it has one.
  const category = [...index.categories].sort(
    (a, b) =>
      published.filter((q) => q.category === b.slug).length - published.filter((q) => q.category === a.slug).length,
  )[0];
  const listings = [
    ['category', category.url],
    ...(published.filter((q) => q.category === category.slug).length > PAGE_SIZE
      ? [['category page 2 of', `${category.url}/page/2`]]
      : []),
    ...(tag ? [['tag', `/tags/${tag.slug}`]] : []),
  ];

  it.each(listings)(
    'the %s page %s is a CollectionPage of the questions it lists, with breadcrumbs',
    async (_, path) => {
      const page = await openPage(browser, path);
      const nodes = await jsonLd(page);
      const collection = ofType(nodes, 'CollectionPage');
      expect(collection.url).toBe(absoluteUrl(path));
      const listed = await page
        // The full list; a category's "Start here" list repeats some of its questions.
        .locator('main ul:not([aria-labelledby="start-here-heading"] ul) a[href^="/questions/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const items = (collection.mainEntity as { itemListElement: { url: string }[] }).itemListElement;
      expect(items.map((item) => item.url)).toEqual(listed.map((href) => absoluteUrl(href)));
      await expectCrumbsMatchPage(page, nodes);
      await page.context().close();
    },
  );

  it('the home page describes the WebSite', async () => {
    const page = await openPage(browser, '/');
    const site = ofType(await jsonLd(page), 'WebSite');
    expect(site.url).toBe(absoluteUrl('/'));
    expect(site.name).toBe(await page.locator('h1').innerText());
    await page.context().close();
  });
});
