// One configuration: the site built with one SITE_URL (and CORRECTIONS_EMAIL) and served with another,
// and with none, says the build's values on every kind of page, prerendered and rendered on demand,
// and in its feeds, sitemap and robots.txt; the server warns at start when the run's values differ.
// It builds the site again, on the fixture library: `npm test` runs it after the other tests
// (`npm run test:fixture-site` runs it alone).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop, type Started } from '../helpers/ops-processes';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { startStandalone } from '../helpers/standalone-copy';

const BUILT = { SITE_URL: 'https://build.example.org', CORRECTIONS_EMAIL: 'fixes@build.example.org' };
const RUNS = {
  'another SITE_URL': { SITE_URL: 'https://run.example.org/', CORRECTIONS_EMAIL: 'fixes@run.example.org' },
  'no SITE_URL': { SITE_URL: '', CORRECTIONS_EMAIL: '' },
};
/** Addresses and mailboxes a page must never show: the run's, and the defaults. */
const FOREIGN = ['run.example.org', 'localhost:3000', 'clear-health-answers.example'];

let fixture: FixtureSite | undefined;
let standalone = '';
let prerendered = '';
let onDemand = '';

beforeAll(async () => {
  fixture = await buildFixtureSite(BUILT);
  standalone = path.join(fixture.dir, '.next/standalone');
  const manifest = JSON.parse(readFileSync(path.join(fixture.dir, '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const questions = (name: string) => name.startsWith('/questions/') && !name.includes('%');
  prerendered = Object.keys(manifest.routes).find(questions)!;
  const index = JSON.parse(readFileSync(path.join(fixture.dir, '.content/index.json'), 'utf8')) as {
    questions: { url: string; draft?: boolean }[];
  };
  onDemand = index.questions
    .map((question) => question.url)
    .find((url) => questions(url) && !(url in manifest.routes))!;
});

afterAll(async () => {
  await fixture?.remove();
});

function jsonLdUrls(html: string): string[] {
  const urls = (value: unknown): string[] =>
    typeof value === 'string'
      ? /^https?:\/\//.test(value)
        ? [value]
        : []
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(urls)
        : [];
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((match) =>
    urls(JSON.parse(match[1]!)),
  );
}

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const onBuiltSite = (url: string) => url === BUILT.SITE_URL || url.startsWith(`${BUILT.SITE_URL}/`);

describe.each(Object.entries(RUNS))('built with %s', (_run, env) => {
  let site: Started | undefined;

  beforeAll(async () => {
    expect(prerendered, 'a prerendered question').toBeDefined();
    expect(onDemand, 'a question left to render on demand').toBeDefined();
    // Each run renders the long tail itself, not from the previous run's cache.
    rmSync(path.join(standalone, '.next/server/route-cache'), { recursive: true, force: true });
    site = await startStandalone(standalone, env);
  });

  afterAll(async () => {
    await stop(site);
  });

  async function get(address: string) {
    const response = await fetch(new URL(address, site!.url));
    return { status: response.status, cache: response.headers.get('x-nextjs-cache'), text: await response.text() };
  }

  it('warns at start exactly when the run sets a build-time setting differently', () => {
    const warned = site!.output().includes('is fixed when the site is built');
    expect(warned, site!.output()).toBe(env.SITE_URL !== '');
  });

  it('gives the build’s address in canonical, og:url, og:image and JSON-LD on every kind of page', async () => {
    const pages = [
      '/',
      prerendered,
      onDemand,
      '/categories',
      '/tags',
      '/a-z',
      '/search',
      '/search?q=coffee',
      '/editorial-policy',
      '/questions/no-such-question',
    ];
    // The long-tail question is rendered now, by this server; the other question comes from the build.
    expect((await get(onDemand)).cache).toBe('MISS');
    expect(['HIT', 'STALE']).toContain((await get(prerendered)).cache);
    const home = (await get('/')).text;
    pages.push(
      /href="(\/categories\/[^"]+)"/.exec(home)![1]!,
      /href="(\/tags\/[^"]+)"/.exec((await get('/tags')).text)![1]!,
    );
    for (const address of pages) {
      const { text } = await get(address);
      for (const foreign of FOREIGN) expect(text, `${address} shows ${foreign}`).not.toContain(foreign);
      const canonical = attribute(text, /<link rel="canonical" href="([^"]+)"/);
      const ogUrl = attribute(text, /<meta property="og:url" content="([^"]+)"/);
      const ogImage = attribute(text, /<meta property="og:image" content="([^"]+)"/);
      for (const url of [canonical, ogUrl, ogImage, ...jsonLdUrls(text).filter((url) => url.includes('.example.org'))])
        if (url) expect(onBuiltSite(url), `${address}: ${url}`).toBe(true);
      const listed = !address.startsWith('/search') && address !== '/questions/no-such-question';
      if (listed) expect(canonical, `${address} has a canonical link`).toBeDefined();
    }
    const question = (await get(onDemand)).text;
    expect(attribute(question, /<link rel="canonical" href="([^"]+)"/)).toBe(BUILT.SITE_URL + onDemand);
    expect(question).toContain(`mailto:${BUILT.CORRECTIONS_EMAIL}`);
    expect((await get('/editorial-policy')).text).toContain(BUILT.CORRECTIONS_EMAIL);
  });

  it('keeps browsers on HTTPS, as the build’s https address asks, on pages, feeds and the API', async () => {
    for (const address of ['/', onDemand, '/feed.xml', '/api/health', '/questions/no-such-question']) {
      const response = await fetch(new URL(address, site!.url));
      expect(response.headers.get('strict-transport-security'), address).toMatch(/^max-age=(\d+)$/);
      expect(
        Number(/max-age=(\d+)/.exec(response.headers.get('strict-transport-security')!)![1]),
      ).toBeGreaterThanOrEqual(15_768_000);
      expect(response.headers.get('content-security-policy'), address).toContain('upgrade-insecure-requests');
    }
  });

  it('gives the build’s address in the feeds, the sitemap and robots.txt', async () => {
    for (const address of ['/feed.xml', '/atom.xml', '/sitemap.xml', '/robots.txt']) {
      const { status, text } = await get(address);
      expect(status, address).toBe(200);
      for (const foreign of FOREIGN) expect(text, `${address} shows ${foreign}`).not.toContain(foreign);
    }
    const locs = [...(await get('/sitemap.xml')).text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs).toContain(BUILT.SITE_URL + onDemand);
    for (const loc of locs) expect(onBuiltSite(loc), loc).toBe(true);
    expect((await get('/robots.txt')).text).toContain(`Sitemap: ${BUILT.SITE_URL}/sitemap.xml`);
    expect((await get('/feed.xml')).text).toContain(`<link>${BUILT.SITE_URL}`);
  });
});
