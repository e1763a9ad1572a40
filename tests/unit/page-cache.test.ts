// The page cache in front of Next (runtime/page-cache/), driven over HTTP with a stand-in for Next's
// request listener that counts the requests it answers.
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { requestBytes } from '../helpers/raw-http';
import { DEFAULT_MAX_SECONDS, PageCache, pageCacheFromEnv, withPageCache } from '@/runtime/page-cache/index.mjs';
import { etagMatches, sharedFreshSeconds } from '@/runtime/page-cache/policy.mjs';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 's-maxage=3600, stale-while-revalidate=86400',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'x-nextjs-cache': 'HIT',
  etag: '"abc123"',
};

interface Upstream {
  /** How many requests reached the stand-in for Next. */
  calls: number;
  /** What it answers: status, headers and body chunks, per request. */
  answer: (req: IncomingMessage) => { status?: number; headers?: OutgoingHttpHeaders; chunks: (string | Buffer)[] };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `upstream` behind `cache` on a free port. */
async function serve(cache: PageCache, upstream: Upstream): Promise<string> {
  const next = async (req: IncomingMessage, res: ServerResponse) => {
    upstream.calls += 1;
    const { status = 200, headers = PAGE_HEADERS, chunks } = upstream.answer(req);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value!);
    res.statusCode = status;
    // Written in pieces, a tick apart, as a streamed render is.
    for (const chunk of chunks.slice(0, -1)) {
      res.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    res.end(chunks.at(-1));
  };
  server = createServer(withPageCache(next, cache));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const get = requestBytes;

function pageUpstream(body = '<html><p>Short answer</p></html>'): Upstream {
  return { calls: 0, answer: () => ({ chunks: [body.slice(0, 10), body.slice(10)] }) };
}

describe('the page cache in front of Next', () => {
  it('answers a page Next served from its cache again from memory, with the same bytes and headers', async () => {
    const upstream = pageUpstream();
    const base = await serve(new PageCache(), upstream);
    const first = await get(`${base}/questions/a`);
    const second = await get(`${base}/questions/a`);
    expect(upstream.calls).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe('<html><p>Short answer</p></html>');
    expect(second.body.equals(first.body)).toBe(true);
    for (const name of ['content-type', 'cache-control', 'vary', 'etag', 'x-nextjs-cache'])
      expect(second.headers[name], name).toBe(first.headers[name]);
    expect(second.headers['content-length']).toBe(String(first.body.length));
    expect(second.headers.age).toMatch(/^\d+$/);
  });

  it('keeps compressed and plain answers apart', async () => {
    const page = '<html>' + 'twitch '.repeat(200) + '</html>';
    const upstream: Upstream = {
      calls: 0,
      answer: (req) =>
        /gzip/.test(String(req.headers['accept-encoding']))
          ? { headers: { ...PAGE_HEADERS, 'content-encoding': 'gzip' }, chunks: [gzipSync(page)] }
          : { chunks: [page] },
    };
    const base = await serve(new PageCache(), upstream);
    for (let round = 0; round < 2; round += 1) {
      const zipped = await get(`${base}/`, { 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.equals(gzipSync(page))).toBe(true);
      const plain = await get(`${base}/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
    }
    expect(upstream.calls).toBe(2);
  });

  it.each([
    ['a render made for this request', { ...PAGE_HEADERS, 'x-nextjs-cache': 'MISS' }, 200],
    ['a stale page being regenerated', { ...PAGE_HEADERS, 'x-nextjs-cache': 'STALE' }, 200],
    ['a private answer', { ...PAGE_HEADERS, 'cache-control': 'private, no-cache, no-store, max-age=0' }, 200],
    ['an answer without a lifetime', { 'content-type': 'text/html', 'cache-control': 'public' }, 200],
    ['an answer that sets a cookie', { ...PAGE_HEADERS, 'set-cookie': 'session=1' }, 200],
    ['an answer that varies on cookies', { ...PAGE_HEADERS, vary: 'Cookie' }, 200],
    ['a not-found page', PAGE_HEADERS, 404],
  ])('does not keep %s', async (_name, headers, status) => {
    const upstream: Upstream = { calls: 0, answer: () => ({ status, headers, chunks: ['<html></html>'] }) };
    const base = await serve(new PageCache(), upstream);
    await get(`${base}/questions/a`);
    const again = await get(`${base}/questions/a`);
    expect(again.status).toBe(status);
    expect(upstream.calls).toBe(2);
  });

  it.each([
    ['a React Server Component request', { rsc: '1' }],
    ['a prefetch', { 'next-router-prefetch': '1' }],
    ['a reader in draft mode', { cookie: 'theme=dark; __prerender_bypass=secret' }],
    ['a range request', { range: 'bytes=0-10' }],
  ])('sends %s to Next even when the page is kept', async (_name, headers) => {
    const upstream = pageUpstream();
    const base = await serve(new PageCache(), upstream);
    await get(`${base}/questions/a`);
    await get(`${base}/questions/a`, headers);
    expect(upstream.calls).toBe(2);
  });

  it('answers a client that holds the page with 304, and HEAD with the headers alone', async () => {
    const upstream = pageUpstream();
    const base = await serve(new PageCache(), upstream);
    const first = await get(`${base}/questions/a`);
    const notModified = await get(`${base}/questions/a`, { 'if-none-match': 'W/"other", "abc123"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe('"abc123"');
    const changed = await get(`${base}/questions/a`, { 'if-none-match': '"other"' });
    expect(changed.status).toBe(200);
    const head = await get(`${base}/questions/a`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    expect(head.body.length).toBe(0);
    expect(upstream.calls).toBe(1);
  });

  it('asks Next again once the page is older than its lifetime or the cache limit', async () => {
    let now = 1_000_000;
    const upstream: Upstream = {
      calls: 0,
      answer: () => ({ headers: { ...PAGE_HEADERS, 'cache-control': 's-maxage=30' }, chunks: ['page'] }),
    };
    const base = await serve(new PageCache({ now: () => now }), upstream);
    await get(`${base}/a`);
    now += 29_000;
    expect((await get(`${base}/a`)).headers.age).toBe('29');
    expect(upstream.calls).toBe(1);
    now += 1_000;
    await get(`${base}/a`);
    expect(upstream.calls).toBe(2);

    // Next's lifetime is an hour, the cache's limit a minute.
    const hourly = pageUpstream();
    server!.close();
    const other = await serve(new PageCache({ now: () => now }), hourly);
    await get(`${other}/b`);
    now += DEFAULT_MAX_SECONDS * 1000;
    await get(`${other}/b`);
    expect(hourly.calls).toBe(2);
  });

  it('stays within its memory budget however many addresses are asked for', async () => {
    const cache = new PageCache({ maxBytes: 64 * 1024 });
    const upstream = pageUpstream('x'.repeat(4000));
    const base = await serve(cache, upstream);
    for (let i = 0; i < 100; i += 1) await get(`${base}/questions/a?random=${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size).toBeGreaterThan(5);
    expect(cache.size).toBeLessThan(16);
    // The most recent ones are kept, the oldest dropped.
    await get(`${base}/questions/a?random=99`);
    await get(`${base}/questions/a?random=0`);
    expect(upstream.calls).toBe(101);
  });

  it('does not keep an answer whose client went away before it was sent in full', async () => {
    const cache = new PageCache();
    const upstream: Upstream = {
      calls: 0,
      answer: (req) => {
        req.socket.destroy();
        return { chunks: ['<html>', '</html>'] };
      },
    };
    const base = await serve(cache, upstream);
    await get(`${base}/a`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cache.size).toBe(0);
  });
});

describe('page cache settings', () => {
  it('reads the lifetime a shared cache may use', () => {
    expect(sharedFreshSeconds('s-maxage=3600, stale-while-revalidate=86400', 60)).toBe(60);
    expect(sharedFreshSeconds('public, max-age=30', 60)).toBe(30);
    expect(sharedFreshSeconds('max-age=600, s-maxage=5', 60)).toBe(5);
    expect(sharedFreshSeconds('public, max-age=31536000, immutable', 60)).toBe(60);
    expect(sharedFreshSeconds('private, max-age=600', 60)).toBe(0);
    expect(sharedFreshSeconds('no-store', 60)).toBe(0);
    expect(sharedFreshSeconds('s-maxage=abc', 60)).toBe(0);
    expect(sharedFreshSeconds('', 60)).toBe(0);
  });

  it('compares entity tags weakly', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', 'W/"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
  });

  it('is on by default, off at 0, and names a bad setting', () => {
    expect(pageCacheFromEnv({})?.maxBytes).toBe(64 * 1024 * 1024);
    expect(pageCacheFromEnv({ PAGE_CACHE_MB: '8', PAGE_CACHE_SECONDS: '5' })).toMatchObject({
      maxBytes: 8 * 1024 * 1024,
      maxSeconds: 5,
    });
    expect(pageCacheFromEnv({ PAGE_CACHE_MB: '0' })).toBeUndefined();
    expect(pageCacheFromEnv({ PAGE_CACHE_SECONDS: '0' })).toBeUndefined();
    expect(() => pageCacheFromEnv({ PAGE_CACHE_MB: 'lots' })).toThrow(/PAGE_CACHE_MB/);
  });
});
