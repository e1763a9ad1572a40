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
