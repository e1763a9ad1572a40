// The site built on a small fixture library with what the shipped content lacks: tags, a category and
// a question address with non-ASCII letters ("Café", "Ménière's disease", "Bien-être", "qué-es-el-
// vértigo"), and a page reviewed by a named (fictional) reviewer. Every address a reader or a crawler
// is given must answer, and every absolute URL must be percent-encoded (RFC 3986).
// It builds the site again, on the fixture library: `npm test` runs it after the other tests
// (`npm run test:fixture-site` runs it alone).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop, type Started } from '../helpers/ops-processes';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { startStandalone } from '../helpers/standalone-copy';

/** A URI as RFC 3986 allows it: unreserved, reserved and percent-encoded characters only. */
const RFC3986 = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

let fixture: FixtureSite | undefined;
let site: Started | undefined;

beforeAll(async () => {
  fixture = await buildFixtureSite();
  site = await startStandalone(path.join(fixture.dir, '.next/standalone'));
});

afterAll(async () => {
  await stop(site);
  await fixture?.remove();
});

async function get(address: string) {
  const response = await fetch(new URL(address, site!.url));
  return { status: response.status, text: await response.text() };
}

/** The same address on the test server, from an absolute URL on the configured site. */
function local(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) =>
    JSON.parse(match[1]!),
  );
}

function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

describe('tags and categories with non-ASCII letters', () => {
  const question = '/questions/can-coffee-make-dizziness-worse';

  it('link from the question page to pages that answer 200', async () => {
    const page = await get(question);
    expect(page.status).toBe(200);
    const hrefs = [...page.text.matchAll(/href="(\/(?:tags|categories)\/[^"]+)"/g)].map((match) => match[1]!);
    const expected = ['/tags/caf%C3%A9', '/tags/m%C3%A9ni%C3%A8res-disease', '/categories/bien-%C3%AAtre'];
    for (const href of expected) expect(hrefs.map((href) => new URL(href, site!.url).pathname)).toContain(href);
    for (const href of new Set(hrefs)) expect((await get(href)).status, href).toBe(200);
  });

  it('have their own pages, under the encoded and the raw spelling of the address', async () => {
    for (const address of ['/tags/caf%C3%A9', '/tags/café', '/tags/m%C3%A9ni%C3%A8res-disease']) {
      const page = await get(address);
      expect(page.status, address).toBe(200);
      expect(page.text).toContain(question);
    }
    const tag = await get('/tags/caf%C3%A9');
    expect(tag.text).toMatch(/<h1[^>]*>Questions about Café<\/h1>/);
    const category = await get('/categories/bien-%C3%AAtre');
    expect(category.status).toBe(200);
    expect(category.text).toMatch(/<h1[^>]*>Bien-être<\/h1>/);
    expect((await get('/tags')).text).toContain('href="/tags/caf%C3%A9"');
  });

  it('appear in JSON-LD, canonical links and breadcrumbs as percent-encoded URLs', async () => {
    for (const address of [question, '/tags/caf%C3%A9', '/categories/bien-%C3%AAtre']) {
      const html = (await get(address)).text;
      const urls = [
        ...jsonLd(html).flatMap(urlsIn),
        ...[...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((match) => match[1]!),
      ];
      expect(urls.length, address).toBeGreaterThan(0);
      for (const url of urls) expect(url, `${address}: ${url}`).toMatch(RFC3986);
    }
    const breadcrumbs = jsonLd((await get('/tags/caf%C3%A9')).text).flatMap(urlsIn);
    expect(breadcrumbs.some((url) => url.endsWith('/tags/caf%C3%A9'))).toBe(true);
  });

  it('are listed in the sitemap with percent-encoded addresses that answer 200', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    for (const loc of locs) expect(loc).toMatch(RFC3986);
    const paths = locs.map(local);
    expect(paths).toEqual(
      expect.arrayContaining(['/tags/caf%C3%A9', '/tags/m%C3%A9ni%C3%A8res-disease', '/categories/bien-%C3%AAtre']),
    );
    for (const address of paths) expect((await get(address)).status, address).toBe(200);
  });

  it('are carried by the feeds as text, with links that answer 200', async () => {
    for (const feed of ['/feed.xml', '/atom.xml']) {
      const text = (await get(feed)).text;
      expect(text).toContain('Bien-être');
      const links = [...text.matchAll(/<link>([^<]+)<\/link>|<link[^>]* href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
      expect(links.length, feed).toBeGreaterThan(0);
      for (const link of links) {
        expect(link, feed).toMatch(RFC3986);
        expect((await get(local(link))).status, link).toBe(200);
      }
    }
  });
});

describe('a question whose address has non-ASCII letters', () => {
  const encoded = '/questions/qu%C3%A9-es-el-v%C3%A9rtigo';

  it('is linked from another question body with an encoded address that answers 200', async () => {
    const page = await get('/questions/can-coffee-make-dizziness-worse');
    const hrefs = [...page.text.matchAll(/href="(\/questions\/[^"]+)"/g)].map((match) => match[1]!);
    expect(hrefs).toContain(encoded);
    const question = await get(encoded);
    expect(question.status).toBe(200);
    expect(question.text).toMatch(/<h1[^>]*>¿Qué es el vértigo\?<\/h1>/);
    expect((await get('/questions/qué-es-el-vértigo')).status).toBe(200);
  });

  it('is in the sitemap and the A to Z under its encoded address', async () => {
    const locs = [...(await get('/sitemap.xml')).text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
      local(match[1]!),
    );
    expect(locs).toContain(encoded);
    expect((await get('/a-z')).text).toContain(`href="${encoded}"`);
  });
});

describe('a question reviewed by a named reviewer', () => {
  const question = '/questions/why-do-i-keep-getting-headaches';

  it('names the reviewer, their credentials and the review date under the title, with a profile link', async () => {
    const page = await get(question);
    expect(page.status).toBe(200);
    const byline = /<span data-byline="reviewer">(.*?)<\/span>/s.exec(page.text)?.[1] ?? '';
    expect(byline.replace(/<[^>]+>/g, '')).toMatch(
      /Reviewed by Fixture Reviewer, MBBS \(fixture\), on 10 February 2026/,
    );
    expect(byline).toContain('href="https://reviewers.example/fixture-reviewer"');
  });

  it('gives the reviewer and the review date in the page JSON-LD', async () => {
    const article = jsonLd((await get(question)).text)
      .flatMap((block) => ((block as { '@graph'?: unknown[] })['@graph'] ?? [block]) as Record<string, unknown>[])
      .find((node) => node.reviewedBy);
    expect(article?.reviewedBy).toMatchObject({ '@type': 'Person', name: 'Fixture Reviewer' });
    expect(article?.lastReviewed).toBe('2026-02-10');
  });
});
