// Addresses no content backs (made-up slugs, pages past the end of a list, their Open Graph images)
// answer the helpful 404 page and write nothing to the ISR cache, on disk or in Redis: a stranger
// looping over random slugs cannot fill either.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import type { ContentIndex } from '@/lib/content/types';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';
import { startRedis, stop, type Started } from '../helpers/ops-processes';
import { diskUse } from '../../scripts/lib/disk-use';
import { copyStandalone, startStandalone, type SiteCopy } from '../helpers/standalone-copy';

const PER_ROUTE = 40;
const CONCURRENCY = 8;

let redis: Started | undefined;
let copy: SiteCopy | undefined;
let site: Started | undefined;

beforeAll(async () => {
  redis = await startRedis();
  copy = await copyStandalone();
  site = await startStandalone(copy.dir, { REDIS_URL: redis.url });
});

afterAll(async () => {
  await stop(site);
  await stop(redis);
  await copy?.remove();
});

async function redisUse(url: string) {
  const client = createClient({ url, socket: { reconnectStrategy: false } });
  client.on('error', () => {});
  await client.connect();
  try {
    const memory = await client.info('memory');
    return { keys: await client.dbSize(), bytes: Number(/used_memory:(\d+)/.exec(memory)?.[1]) };
  } finally {
    await client.close();
  }
}

/** A slug nobody wrote: ASCII, or with letters from other scripts. */
function randomSlug(i: number): string {
  const word = Math.random().toString(36).slice(2, 10);
  return i % 4 === 0 ? `${word}-caf%C3%A9-%D0%B7%D0%B4%D0%BE%D1%80%D0%BE%D0%B2%D1%8C%D0%B5` : `${word}-${i}`;
}

function unknownAddresses(index: ContentIndex): string[] {
  const tag = index.questions.find((question) => !question.draft)!.tags[0]!.slug;
  const category = index.categories[0]!.slug;
  const routes = [
    (slug: string) => `/questions/${slug}`,
    (slug: string) => `/questions/${slug}/opengraph-image`,
    (slug: string) => `/tags/${slug}`,
    (slug: string) => `/tags/${slug}/page/2`,
    (slug: string) => `/categories/${slug}`,
    (slug: string) => `/categories/${slug}/page/2`,
    (_slug: string, i: number) => `/tags/${encodeURIComponent(tag)}/page/${1000 + i}`,
    (_slug: string, i: number) => `/categories/${category}/page/${1000 + i}`,
  ];
  return routes.flatMap((route) => Array.from({ length: PER_ROUTE }, (_, i) => route(randomSlug(i), i)));
}

async function fetchAll(base: string, addresses: string[]) {
  const answers: { address: string; status: number; helpful: boolean }[] = [];
  const queue = [...addresses];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let address = queue.shift(); address; address = queue.shift()) {
        // Every other request as the client router sends it (an RSC payload rather than HTML).
        const headers: Record<string, string> = answers.length % 2 ? { RSC: '1' } : {};
        const response = await fetch(base + address, { headers });
        const text = await response.text();
        answers.push({ address, status: response.status, helpful: /Page not found/.test(text) });
      }
    }),
  );
  return answers;
}

describe('addresses that no content backs', () => {
  it(
    'answer 404 with the helpful page and leave the cache on disk and in Redis as it was',
    { timeout: 600_000 },
    async () => {
      const index = JSON.parse(readFileSync(path.join(copy!.dir, CONTENT_INDEX_PATH), 'utf8')) as ContentIndex;
      const cacheDir = path.join(copy!.dir, '.next');
      // Warm up: the first 404 loads the index and the not-found page.
      await fetchAll(site!.url, ['/questions/warm-up', '/tags/warm-up']);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const diskBefore = await diskUse(cacheDir);
      const redisBefore = await redisUse(redis!.url);

      const addresses = unknownAddresses(index);
      const answers = await fetchAll(site!.url, addresses);
      // Cache writes finish after the response is sent.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const diskAfter = await diskUse(cacheDir);
      const redisAfter = await redisUse(redis!.url);
      console.info(
        `${addresses.length} unknown addresses: disk cache ${diskBefore.files} files / ${diskBefore.bytes} B before,` +
          ` ${diskAfter.files} files / ${diskAfter.bytes} B after; Redis ${redisBefore.keys} keys / ${redisBefore.bytes} B` +
          ` before, ${redisAfter.keys} keys / ${redisAfter.bytes} B after`,
      );

      expect(addresses.length).toBeGreaterThanOrEqual(300);
      expect(answers.filter((answer) => answer.status !== 404)).toEqual([]);
      expect(answers.filter((answer) => !answer.helpful && !answer.address.endsWith('opengraph-image'))).toEqual([]);
      expect(diskAfter.files).toBe(diskBefore.files);
      expect(diskAfter.bytes).toBe(diskBefore.bytes);
      expect(redisAfter.keys).toBe(redisBefore.keys);
      expect(site!.child.exitCode).toBeNull();
    },
  );

  it('still serve every real question, list and image', async () => {
    const index = JSON.parse(readFileSync(path.join(copy!.dir, CONTENT_INDEX_PATH), 'utf8')) as ContentIndex;
    const question = index.questions.find((entry) => !entry.draft)!;
    for (const address of [
      question.url,
      `${question.url}/opengraph-image`,
      `/tags/${encodeURIComponent(question.tags[0]!.slug)}`,
      `/categories/${question.category}`,
    ]) {
      expect((await fetch(site!.url + address)).status, address).toBe(200);
    }
  });
});
