// The standalone server that `npm start` and the Docker image run serves the site from its own folder:
// traced content files, static assets and the cache handler are all inside .next/standalone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop, type Started } from '../helpers/ops-processes';
import { startStandalone } from '../helpers/standalone-copy';

let server: Started | undefined;

beforeAll(async () => {
  server = await startStandalone('.next/standalone');
});

afterAll(async () => {
  await stop(server);
});

describe('the standalone server', () => {
  it('serves questions, lists, static assets and the health check from its own folder', async () => {
    const health = (await (await fetch(`${server!.url}/api/health`)).json()) as { questions: number };
    expect(health.questions).toBeGreaterThan(0);

    const home = await fetch(`${server!.url}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const question = html.match(/href="(\/questions\/[^"]+)"/)?.[1];
    expect(question).toBeDefined();
    const page = await fetch(server!.url + question!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<h1[^>]*>[^<]+\?<\/h1>/);

    const asset = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
    expect(asset).toBeDefined();
    expect((await fetch(server!.url + asset!)).status).toBe(200);
    expect((await fetch(`${server!.url}/sitemap.xml`)).status).toBe(200);
    expect((await fetch(`${server!.url}/search?q=sleep`)).status).toBe(200);
  });

  it('carries the content a question page reads when it is regenerated', () => {
    const index = JSON.parse(readFileSync('.next/standalone/.content/index.json', 'utf8')) as {
      questions: { documentPath: string }[];
    };
    expect(index.questions.length).toBeGreaterThan(0);
    for (const question of index.questions) expect(existsSync(`.next/standalone/${question.documentPath}`)).toBe(true);
  });

  it('carries each compiled body once: the question documents and nothing else from contentlayer', () => {
    const index = JSON.parse(readFileSync('.next/standalone/.content/index.json', 'utf8')) as {
      questions: { documentPath: string }[];
    };
    const traced = readdirSync('.next/standalone/.contentlayer', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative('.next/standalone', path.join(entry.parentPath, entry.name)))
      .sort();
    expect(traced).toEqual(index.questions.map((question) => question.documentPath).sort());
  });
});

/**
 * Headers of the moment, the connection and the request, not of the page: the page cache sends a length
 * where Next streamed, and every answer names its own request.
 */
const CONNECTION_HEADERS = [
  'date',
  'age',
  'keep-alive',
  'connection',
  'content-length',
  'transfer-encoding',
  'x-request-id',
];

/** An answer as a client sees it, without the headers that describe the moment and the connection. */
async function answer(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const kept = Object.fromEntries([...response.headers].filter(([name]) => !CONNECTION_HEADERS.includes(name)));
  return {
    status: response.status,
    headers: kept,
    age: response.headers.get('age'),
    requestId: response.headers.get('x-request-id'),
    body,
  };
}

describe('the page cache in front of Next (runtime/page-cache/)', () => {
  it('answers a repeated request for a page with the bytes and headers Next sent', async () => {
    const html = await (await fetch(`${server!.url}/`)).text();
    const question = html.match(/href="(\/questions\/[^"]+)"/)![1]!;
    const category = html.match(/href="(\/categories\/[^"/]+)"/)![1]!;
    for (const address of ['/', question, category, '/feed.xml', '/api/suggest?q=sleep']) {
      for (const encoding of ['gzip', 'identity']) {
        // Next answers from its own cache once the page is in it; the page cache keeps that answer.
        let fromNext = await answer(server!.url + address, { 'accept-encoding': encoding });
        for (let tries = 0; fromNext.age !== null || fromNext.headers['x-nextjs-cache'] === 'MISS'; tries += 1) {
          if (tries > 5) throw new Error(`${address} never came from Next's cache`);
          fromNext = await answer(server!.url + address, { 'accept-encoding': encoding });
        }
        const fromCache = await answer(server!.url + address, { 'accept-encoding': encoding });
        expect(fromCache.age, `${address} (${encoding}) from the page cache`).toMatch(/^\d+$/);
        expect(fromCache.status).toBe(fromNext.status);
        expect(fromCache.headers, `${address} (${encoding})`).toEqual(fromNext.headers);
        expect(fromCache.body.equals(fromNext.body), `${address} (${encoding}) body`).toBe(true);
        expect(fromCache.requestId).toMatch(/^[\w-]{36}$/);
        expect(fromCache.requestId).not.toBe(fromNext.requestId);
      }
    }
  });

  it('sends what only Next can answer to Next', async () => {
    const search = await answer(`${server!.url}/search?q=sleep`);
    const again = await answer(`${server!.url}/search?q=sleep`);
    expect(search.status).toBe(200);
    expect(again.age).toBeNull();
    const missing = `/questions/no-such-question-${Date.now()}`;
    await answer(server!.url + missing);
    const missingAgain = await answer(server!.url + missing);
    expect(missingAgain.status).toBe(404);
    expect(missingAgain.age).toBeNull();
    expect((await answer(`${server!.url}/api/health`)).age).toBeNull();
    expect((await answer(`${server!.url}/api/health`)).age).toBeNull();
  });
});
