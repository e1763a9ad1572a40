// The cache handler's shared tag revalidation: a tag revalidated on one instance hides, on every
// instance, the entries generated with that tag before it, through a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CacheHandler from '@/cache-handler.mjs';
import { startRedis, stop, type Started } from '../helpers/ops-processes';

type HandlerContext = ConstructorParameters<typeof CacheHandler>[0];
type SetData = Parameters<CacheHandler['set']>[1];
type GetContext = Parameters<CacheHandler['get']>[1];

const PAGE_CONTEXT = { kind: 'APP_PAGE' } as unknown as GetContext;

function page(path: string): SetData {
  return {
    kind: 'APP_PAGE',
    html: `<html>${path}</html>`,
    rscData: Buffer.from(path),
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${path}` },
    postponed: undefined,
    status: 200,
    segmentData: new Map(),
  } as unknown as SetData;
}

function htmlOf(entry: Awaited<ReturnType<CacheHandler['get']>>): string | undefined {
  return (entry?.value as { html?: string } | undefined)?.html;
}

let redis: Started;
beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_KEY_PREFIX = `cache-tags-test-${Date.now()}`;
});
afterAll(async () => {
  // The handler keeps one Redis client per process (see cache-handler.mjs); close it before Redis goes.
  const shared = (globalThis as Record<symbol, { client?: { destroy: () => void } }>)[
    Symbol.for('health-answers.redis-cache-client')
  ];
  shared?.client?.destroy();
  await stop(redis);
});

describe('shared tag revalidation', () => {
  it('hides entries with a revalidated tag on every instance and keeps the others', async () => {
    // Two handlers, as two instances would have; neither has a local cache, so every answer comes from Redis.
    const first = new CacheHandler({ dev: false } as HandlerContext);
    const second = new CacheHandler({ dev: false } as HandlerContext);
    const ctx = { cacheControl: { revalidate: 3600, expire: 86400 } } as unknown as Parameters<CacheHandler['set']>[2];
    await first.set('/questions/a', page('/questions/a'), ctx);
    await first.set('/questions/b', page('/questions/b'), ctx);
    expect(htmlOf(await second.get('/questions/a', PAGE_CONTEXT))).toBe('<html>/questions/a</html>');

    await new Promise((resolve) => setTimeout(resolve, 5));
    await second.revalidateTag('_N_T_/questions/a');

    expect(await first.get('/questions/a', PAGE_CONTEXT)).toBeNull();
    expect(await second.get('/questions/a', PAGE_CONTEXT)).toBeNull();
    expect(htmlOf(await first.get('/questions/b', PAGE_CONTEXT))).toBe('<html>/questions/b</html>');

    // A page generated after the revalidation is served again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await first.set('/questions/a', page('/questions/a'), ctx);
    expect(htmlOf(await second.get('/questions/a', PAGE_CONTEXT))).toBe('<html>/questions/a</html>');
  });
});
