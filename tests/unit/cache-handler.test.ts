import { describe, expect, it } from 'vitest';
import { deserializeEntry, entryTags, isRevalidatedByTag, serializeEntry, ttlSeconds } from '@/cache-handler.mjs';

type Entry = Parameters<typeof serializeEntry>[0];
type GetContext = Parameters<typeof entryTags>[1];

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

describe('tag revalidation', () => {
  const ctx = { kind: 'APP_PAGE' } as unknown as GetContext;

  it('reads a page entry tags from its headers', () => {
    expect(entryTags(pageEntry, ctx)).toEqual(['_N_T_/layout', '_N_T_/questions/a']);
  });

  it('treats an entry as revalidated only by a tag revalidated after it was generated', () => {
    const tags = entryTags(pageEntry, ctx);
    const before = String(pageEntry.lastModified - 1);
    const after = String(pageEntry.lastModified + 1);
    expect(isRevalidatedByTag(tags, pageEntry.lastModified, {})).toBe(false);
    expect(isRevalidatedByTag(tags, pageEntry.lastModified, { '_N_T_/questions/a': before })).toBe(false);
    expect(isRevalidatedByTag(tags, pageEntry.lastModified, { '_N_T_/questions/a': after })).toBe(true);
    expect(isRevalidatedByTag(tags, pageEntry.lastModified, { '_N_T_/questions/b': after })).toBe(false);
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
