// Splits question files into contiguous shards of at most `size` files, for the sharded content build.

export function planShards(files: readonly string[], size: number): string[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Shard size must be a positive integer, not ${size}`);
  const sorted = [...files].sort();
  const count = Math.ceil(sorted.length / size);
  // Even shards: 2,001 files with size 2,000 become two shards of about 1,000, not 2,000 and 1.
  const even = Math.ceil(sorted.length / Math.max(1, count));
  return Array.from({ length: count }, (_, index) => sorted.slice(index * even, (index + 1) * even)).filter(
    (shard) => shard.length > 0,
  );
}
