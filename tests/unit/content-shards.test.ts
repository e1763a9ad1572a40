import { describe, expect, it } from 'vitest';
import { planShards } from '@/lib/build/shards';

const files = (n: number) => Array.from({ length: n }, (_, i) => `q-${String(i).padStart(5, '0')}.mdx`);

describe('planShards', () => {
  it('keeps every file exactly once, in contiguous sorted shards', () => {
    const shards = planShards(files(10).reverse(), 4);
    expect(shards.flat()).toEqual(files(10));
    expect(shards.every((shard) => shard.length <= 4)).toBe(true);
  });
  it('balances shards instead of leaving a tiny last one', () => {
    expect(planShards(files(2001), 2000).map((shard) => shard.length)).toEqual([1001, 1000]);
  });
  it('makes one shard when everything fits, none for no files', () => {
    expect(planShards(files(3), 10)).toHaveLength(1);
    expect(planShards([], 10)).toEqual([]);
  });
  it('refuses a shard size that is not a positive integer', () => {
    expect(() => planShards(files(3), 0)).toThrow(/positive integer/);
  });
});
