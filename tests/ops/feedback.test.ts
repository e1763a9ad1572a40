// Readers' feedback end to end: the standalone server (as `npm start` runs it) with a real Redis, the
// forms used in Chromium with JavaScript switched off, the limits (size, rate, honeypot, origin, total
// kept), what an editor sees in `npm run report`, and a Redis that goes away.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { createClient } from 'redis';
import { startBuiltSite, type BuiltSite } from '../../scripts/lib/built-site';
import { launchBrowser } from '../helpers/browser';
import { startRedis, stop, type Started } from '../helpers/ops-processes';

const SLUG = 'why-do-my-muscles-twitch-after-a-workout';
const QUESTION = `/questions/${SLUG}`;
const PREFIX = 'feedback-test';
const KEYS = { useful: `${PREFIX}:feedback:useful`, reports: `${PREFIX}:feedback:reports` };
const POSTS_PER_HOUR = 6;
const MAX_REPORTS = 3;

let redis: Started;
let site: BuiltSite;
let browser: Browser;
let db: ReturnType<typeof createClient>;

beforeAll(async () => {
  redis = await startRedis();
  site = await startBuiltSite({
    output: 'collect',
    readyPath: '/api/health',
    env: {
      FEEDBACK_REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: PREFIX,
      FEEDBACK_POSTS_PER_HOUR: String(POSTS_PER_HOUR),
      FEEDBACK_MAX_REPORTS: String(MAX_REPORTS),
    },
  });
  browser = await launchBrowser();
  db = createClient({ url: redis.url });
  await db.connect();
});

afterAll(async () => {
  await db?.close().catch(() => {});
  await browser?.close();
  await site?.stop();
  await stop(redis);
});

// Every test starts with an empty store, rate counters included.
beforeEach(async () => {
  if (db.isOpen) await db.flushAll();
});

async function withoutJavaScript<T>(visit: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await visit(context);
  } finally {
    await context.close();
  }
}

function post(fields: Record<string, string>, headers: Record<string, string> = { origin: site.baseUrl }) {
  return fetch(new URL('/api/feedback', site.baseUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const report = (what: string) => post({ kind: 'report', page: SLUG, what });

describe('the feedback forms, without JavaScript', () => {
  it('"Is this page useful?" counts a yes and says thank you', async () => {
    await withoutJavaScript(async (context) => {
      const page = await context.newPage();
      await page.goto(new URL(QUESTION, site.baseUrl).toString());
      await page.locator('[data-section="page-feedback"] button[value="yes"]').click();
      await page.waitForURL(/\/feedback\?/);
      await expect(page.locator('h1').innerText()).resolves.toBe('Thank you for your feedback');
      await expect(page.locator(`a[href="${QUESTION}"]`).count()).resolves.toBe(1);
    });
    await expect(db.hGetAll(KEYS.useful)).resolves.toEqual({ [`${SLUG}\tyes`]: '1' });
  });

  it('"Report a problem with this page" keeps what the reader wrote and their contact', async () => {
    await withoutJavaScript(async (context) => {
      const page = await context.newPage();
      await page.goto(new URL(QUESTION, site.baseUrl).toString());
      await page.locator('summary', { hasText: 'Report a problem with this page' }).click();
      await page.getByLabel('What is wrong with this page?').fill('The second source link is broken.');
      await page.getByLabel('Your email address or phone number (optional)').fill('reader@example.org');
      await page.getByRole('button', { name: 'Send report' }).click();
      await page.waitForURL(/\/feedback\?/);
      await expect(page.locator('h1').innerText()).resolves.toBe('Thank you: we have your report');
    });
    const [kept] = (await db.lRange(KEYS.reports, 0, -1)).map((text) => JSON.parse(text));
    expect(kept).toMatchObject({
      slug: SLUG,
      what: 'The second source link is broken.',
      contact: 'reader@example.org',
    });
  });

  it('leaves the question page cached, cookie-free and without client JavaScript', async () => {
    const first = await fetch(new URL(QUESTION, site.baseUrl));
    const html = await first.text();
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    expect(html).toContain('action="/api/feedback"');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});

describe('the limits', () => {
  it('answers every post with no-store and no cookie, and a reload of the answer does not post again (303)', async () => {
    const response = await post({ kind: 'useful', page: SLUG, useful: 'no' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/feedback?result=useful&page=${SLUG}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a post from another site, or from nowhere', async () => {
    expect((await post({ kind: 'useful', page: SLUG, useful: 'yes' }, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await post({ kind: 'useful', page: SLUG, useful: 'yes' }, {})).status).toBe(403);
    await expect(db.exists(KEYS.useful)).resolves.toBe(0);
  });

  it('refuses a post over 4 KB before reading it all, and an unknown page without storing anything', async () => {
    expect((await report('x'.repeat(5000))).status).toBe(413);
    const unknown = await post({ kind: 'useful', page: 'no-such-question', useful: 'yes' });
    expect(unknown.headers.get('location')).toBe('/feedback?result=invalid');
    await expect(db.dbSize()).resolves.toBe(0);
  });

  it('thanks a robot that filled in the honeypot, and keeps nothing', async () => {
    const response = await post({ kind: 'report', page: SLUG, what: 'Buy now', website: 'https://spam.example' });
    expect(response.headers.get('location')).toMatch(/^\/feedback\?result=useful/);
    await expect(db.dbSize()).resolves.toBe(0);
  });

  it(`keeps the newest ${MAX_REPORTS} reports only`, async () => {
    for (const n of [1, 2, 3, 4, 5]) expect((await report(`report ${n}`)).status).toBe(303);
    const kept = (await db.lRange(KEYS.reports, 0, -1)).map((text) => JSON.parse(text).what);
    expect(kept).toEqual(['report 5', 'report 4', 'report 3']);
  });

  it(`takes ${POSTS_PER_HOUR} posts an hour from one client, then says it could not send`, async () => {
    for (let n = 0; n < POSTS_PER_HOUR; n += 1) {
      expect((await post({ kind: 'useful', page: SLUG, useful: 'yes' })).headers.get('location')).toMatch(
        /result=useful/,
      );
    }
    const refused = await post({ kind: 'useful', page: SLUG, useful: 'yes' });
    expect(refused.headers.get('location')).toBe(`/feedback?result=rate-limited&page=${SLUG}`);
    await expect(db.hGet(KEYS.useful, `${SLUG}\tyes`)).resolves.toBe(String(POSTS_PER_HOUR));
    const page = await (await fetch(new URL(refused.headers.get('location')!, site.baseUrl))).text();
    expect(page).toContain('Your feedback could not be sent');
  });
});

describe('what editors see', () => {
  it('npm run report lists the answers per page and marks a report handled', async () => {
    await post({ kind: 'useful', page: SLUG, useful: 'yes' });
    await post({ kind: 'useful', page: SLUG, useful: 'no' });
    await report('The twitch FAQ contradicts the box.');
    const id = JSON.parse((await db.lIndex(KEYS.reports, 0))!).id as string;
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
        env: { ...process.env, FEEDBACK_REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX },
      });
    const listed = (await run()).stdout;
    expect(listed).toContain('Why do my muscles twitch after a workout?  (useful: 1 yes, 1 no; open reports: 1)');
    expect(listed).toContain(`${id}: The twitch FAQ contradicts the box.`);
    const marked = (await run('--handled', id)).stdout;
    expect(marked).toContain(`Marked report ${id} handled.`);
    expect(marked).toContain('(useful: 1 yes, 1 no; open reports: 0)');
    expect(marked).toContain('1 report(s) marked handled');
  });
});

describe('when Redis is down', () => {
  const health = async () => {
    const response = await fetch(new URL('/api/health', site.baseUrl));
    return { status: response.status, redis: ((await response.json()) as { redis: unknown }).redis };
  };

  it('says so in /api/health, which still answers 200', async () => {
    await expect(health()).resolves.toEqual({ status: 200, redis: { cache: 'not configured', feedback: 'up' } });
    await db.close();
    await stop(redis);
    // The last answer is kept for 5 seconds: wait it out, then the probe finds nothing listening.
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    await expect(health()).resolves.toEqual({ status: 200, redis: { cache: 'not configured', feedback: 'down' } });
  });

  it('still serves the page, and the form says it could not be sent', async () => {
    const response = await post({ kind: 'useful', page: SLUG, useful: 'yes' });
    expect(response.headers.get('location')).toBe(`/feedback?result=unavailable&page=${SLUG}`);
    const answer = await fetch(new URL(response.headers.get('location')!, site.baseUrl));
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Something went wrong on our side and nothing was saved');
    expect((await fetch(new URL(QUESTION, site.baseUrl))).status).toBe(200);
  });
});
