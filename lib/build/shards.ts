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

/**
 * Runs `jobs` with at most `parallel` at once. After the first job that fails, no new job starts;
 * the ones already running finish. Resolves true when every job succeeded.
 */
export async function runJobs<T>(
  jobs: readonly T[],
  parallel: number,
  run: (job: T) => Promise<boolean>,
): Promise<boolean> {
  const queue = [...jobs];
  let failed = false;
  const workers = Array.from({ length: Math.max(1, Math.min(parallel, queue.length)) }, async () => {
    for (let job = queue.shift(); job !== undefined && !failed; job = queue.shift()) {
      if (!(await run(job))) failed = true;
    }
  });
  await Promise.all(workers);
  return !failed;
}
