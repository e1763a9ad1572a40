import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile } from '../helpers/browser';
import { publishedQuestions } from '../helpers/content-index';
import { rawRequest } from '../helpers/raw-http';
import { runnableInlineScripts, scriptHashSource } from '@/runtime/csp.mjs';

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';

/** Every CSP problem Chromium reports on a page: violation events and console errors. */
async function cspProblems(browser: Browser, path: string): Promise<{ problems: string[]; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'load' });
  // Let any late request run, so it is checked too.
  await page.waitForLoadState('networkidle');
  problems.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  return { problems, page };
}

const browser = launchBrowserForFile();

describe('security headers on real responses', () => {
  it('sends the CSP and the other security headers on pages, errors and the API, and no X-Powered-By', async () => {
    for (const path of ['/', QUESTION, '/categories', '/does-not-exist', '/api/health']) {
      const response = await fetch(new URL(path, baseUrl()), { redirect: 'manual' });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('lets a page run exactly its own inline scripts: their hashes are listed, nothing inline is allowed wholesale', async () => {
    for (const path of ['/', QUESTION, '/categories', '/search?q=sleep', '/does-not-exist']) {
      const response = await fetch(new URL(path, baseUrl()));
      const directives = new Map(
        (response.headers.get('content-security-policy') ?? '').split(';').map((part) => {
          const [name = '', ...sources] = part.trim().split(/\s+/);
          return [name, sources] as const;
        }),
      );
      for (const name of ['script-src', 'style-src']) {
        expect(directives.get(name), `${path} ${name}`).toBeDefined();
        expect(directives.get(name), `${path} ${name}`).not.toContain("'unsafe-inline'");
        expect(directives.get(name), `${path} ${name}`).not.toContain("'unsafe-eval'");
      }
      const scripts = runnableInlineScripts(await response.text());
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const script of scripts) expect(directives.get('script-src'), path).toContain(scriptHashSource(script));
    }
  });

  it('lets CDNs cache pages for a while and hashed build files forever', async () => {
    const home = await fetch(new URL('/', baseUrl()));
    const html = await home.text();
    for (const path of ['/', QUESTION]) {
      const cacheControl = (await fetch(new URL(path, baseUrl()))).headers.get('cache-control') ?? '';
      expect(cacheControl, path).toMatch(/(^|,\s*)s-maxage=\d+/);
      expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
    }
    const chunk = html.match(/\/_next\/static\/[^"]+\.(?:js|css)/)?.[0];
    expect(chunk).toBeDefined();
    const asset = await fetch(new URL(chunk!, baseUrl()));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  });
});

describe('the content security policy in Chromium', () => {
  it('is satisfied by the home, question, category, tag, search and 404 pages and their inline scripts', async () => {
    const question = await cspProblems(browser, QUESTION);
    const links = await question.page
      .locator('a[href^="/categories/"], a[href^="/tags/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const category = links.find((href) => href.startsWith('/categories/'));
    const tag = links.find((href) => href.startsWith('/tags/'));
    expect(category).toBeDefined();
    expect(tag).toBeDefined();
    const results: Record<string, string[]> = { [QUESTION]: question.problems };
    for (const path of ['/', category!, tag!, '/no-such-page', '/search?q=sleep'])
      results[path] = (await cspProblems(browser, path)).problems;
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((path) => [path, []])));

    // The page's own inline scripts ran under the policy: the theme script set the toggle's state and
    // the search box suggests.
    const { page } = await cspProblems(browser, '/');
    await expect(page.locator('[data-theme-toggle]').first().getAttribute('aria-pressed')).resolves.toMatch(
      /^(true|false)$/,
    );
    await page.locator('header input[name="q"]').pressSequentially('sleep');
    await page.locator('header [role="option"]').first().waitFor();
  });
});

describe('error pages', () => {
  it('answer an unknown address with a 404 that offers search, categories and questions', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL('/no-such-page', baseUrl()).toString());
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await expect(page.locator('main a[href^="/categories/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main a[href^="/questions/"]').count()).resolves.toBeGreaterThan(0);
    // The search box is a plain form: it works with JavaScript switched off.
    await page.locator('main form[role="search"] input[name="q"]').fill('muscle cramps');
    await page.locator('main form[role="search"] button[type="submit"]').click();
    await page.waitForURL('**/search?q=muscle+cramps');
    await context.close();
  });
});

describe('odd requests', () => {
  const cases: { name: string; path: string; method?: string; headers?: Record<string, string> }[] = [
    { name: 'a very long path', path: `/${'a'.repeat(20_000)}` },
    { name: 'a long question slug', path: `/questions/${'a'.repeat(3_000)}` },
    { name: 'an encoded slash in a slug', path: '/questions/why%2Fdo' },
    { name: 'an encoded double slash', path: '/%2F%2Fexample.com' },
    { name: 'encoded path traversal', path: '/_next/static/..%2F..%2Fpackage.json' },
    { name: 'malformed percent-encoding in a question slug', path: '/questions/%E0%A4%A' },
    { name: 'malformed percent-encoding in a category', path: '/categories/%ZZ' },
    { name: 'malformed percent-encoding in a tag', path: '/tags/%C0%AF' },
    { name: 'an unknown method', path: '/', method: 'PROPFIND' },
    { name: 'a made-up method', path: QUESTION, method: 'BREW' },
    { name: 'DELETE on the health check', path: '/api/health', method: 'DELETE' },
    { name: 'a huge header', path: '/', headers: { 'X-Padding': 'x'.repeat(32_000) } },
    { name: 'a bogus server action', path: '/', method: 'POST', headers: { 'Next-Action': 'abc' } },
  ];

  it.each(cases)('answers $name with a 4xx, never a 5xx', async ({ path, method, headers }) => {
    const response = await rawRequest(baseUrl(), path, { method, headers });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toMatch(/\bat .+\.js:\d+/);
  });
});

describe('the health check', () => {
  it('reports the commit, the question count and whether Redis answers, nothing else, uncached', async () => {
    const response = await fetch(new URL('/api/health', baseUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['commit', 'questions', 'redis']);
    // The browser tests serve the site with the environment they run in: in CI, without Redis.
    const configured = (url: string | undefined) =>
      url?.trim() ? expect.stringMatching(/^(up|down)$/) : 'not configured';
    expect(body.redis).toEqual({
      cache: configured(process.env.REDIS_URL),
      feedback: configured(process.env.FEEDBACK_REDIS_URL || process.env.REDIS_URL),
    });
    expect(body.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
    expect(body.questions).toBe(publishedQuestions().length);
  });
});
