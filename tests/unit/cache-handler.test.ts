import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createCacheHandler, deserializeEntry, serializeEntry, ttlSeconds } from '@/runtime/cache-handler.mjs';

type Entry = Parameters<typeof serializeEntry>[0];

const pageEntry = {
  lastModified: 1_700_000_000_000,
  cacheControl: { revalidate: 3600, expire: 86400 },
  value: {
    kind: 'APP_PAGE',
    html: '<html>…</html>',
    rscData: Buffer.from([0, 1, 2, 255]),
    headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/questions/a' },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  },
} as unknown as Entry;

describe('cache entry serialisation', () => {
  it('round-trips Buffers and Maps byte for byte', () => {
    const back = deserializeEntry(serializeEntry(pageEntry)) as unknown as {
      value: { rscData: Buffer; segmentData: Map<string, Buffer>; html: string };
      lastModified: number;
    };
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 2, 255]);
    expect(back.value.segmentData.get('/_tree')?.toString()).toBe('tree');
    expect(back.value.html).toBe('<html>…</html>');
    expect(back.lastModified).toBe(pageEntry.lastModified);
  });
});

describe('ttlSeconds', () => {
  it('keeps an entry for its expire time, within bounds', () => {
    expect(ttlSeconds({ revalidate: 3600, expire: 86400 })).toBe(86400);
    expect(ttlSeconds({ revalidate: 3600 })).toBe(7200);
    expect(ttlSeconds({ revalidate: 1, expire: 2 })).toBe(60);
    expect(ttlSeconds({ revalidate: false, expire: 10 * 365 * 86400 })).toBe(30 * 86400);
    expect(ttlSeconds(undefined)).toBe(30 * 86400);
  });
});

/** A Redis that keeps strings in a map, counting the commands it answers; `down` makes every command fail. */
function fakeRedis() {
  const data = new Map<string, string>();
  const redis = {
    data,
    commands: 0,
    down: false,
    async get(key: string) {
      redis.commands += 1;
      if (redis.down) throw new Error('connection refused');
      return data.get(key) ?? null;
    },
    async set(key: string, value: string) {
      redis.commands += 1;
      if (redis.down) throw new Error('connection refused');
      data.set(key, value);
      return 'OK';
    },
    async del(key: string) {
      redis.commands += 1;
      data.delete(key);
      return 1;
    },
  };
  return redis;
}

const PAGE = pageEntry.value as unknown as Parameters<InstanceType<ReturnType<typeof createCacheHandler>>['set']>[1];
const SET_CONTEXT = { cacheControl: { revalidate: 3600, expire: 86400 } } as never;
const GET_CONTEXT = { kind: 'APP_PAGE' } as never;

describe('the cache handler', () => {
  it('shares what one instance renders with another through Redis, one command per lookup', async () => {
    const redis = fakeRedis();
    const Handler = createCacheHandler({ redis: async () => redis, keyPrefix: 'test' });
    // No file system in this context: Redis is the only tier, as for a fresh instance.
    await new Handler({} as never).set('/questions/a', PAGE, SET_CONTEXT);
    expect([...redis.data.keys()]).toEqual(['test:dev:/questions/a']);
    redis.commands = 0;
    const entry = await new Handler({} as never).get('/questions/a', GET_CONTEXT);
    expect((entry?.value as { html?: string } | undefined)?.html).toBe('<html>…</html>');
    expect(redis.commands).toBe(1);
  });

  it('answers a miss, not an error, while Redis is down', async () => {
    const redis = fakeRedis();
    const Handler = createCacheHandler({ redis: async () => redis, keyPrefix: 'test' });
    await new Handler({} as never).set('/questions/a', PAGE, SET_CONTEXT);
    redis.down = true;
    await expect(new Handler({} as never).get('/questions/a', GET_CONTEXT)).resolves.toBeNull();
    await expect(new Handler({} as never).set('/questions/b', PAGE, SET_CONTEXT)).resolves.toBeUndefined();
  });

  it('keeps entries of different builds apart', async () => {
    const redis = fakeRedis();
    const Handler = createCacheHandler({ redis: async () => redis, keyPrefix: 'site' });
    await new Handler({} as never).set('/a', PAGE, SET_CONTEXT);
    const otherBuild = new Handler({ serverDistDir: '/nonexistent/build/server' } as never);
    await expect(otherBuild.get('/a', GET_CONTEXT)).resolves.toBeNull();
  });
});

describe('tags', () => {
  it('are never revalidated by the site, so the handler need not share them (see runtime/cache-handler.mjs)', () => {
    const calls = ['app', 'lib', 'components'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(ts|tsx)$/.test(name))
        .filter((name) =>
          /\b(revalidateTag|revalidatePath|updateTag)\s*\(/.test(readFileSync(`${dir}/${name}`, 'utf8')),
        )
        .map((name) => `${dir}/${name}`),
    );
    expect(calls, 'a call to revalidateTag/revalidatePath needs tags shared through Redis again').toEqual([]);
  });
});
