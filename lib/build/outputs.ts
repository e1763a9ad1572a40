// Every folder the build writes and every cache in them, all derived from the project's files: the
// one list that `npm run clean` removes and that CI keeps between runs (.github/workflows). No imports:
// next.config.ts reads it through lib/build/type-check.ts.

/** The build's caches: each kept between runs so that an unchanged question costs nothing the next time. */
export const COMPILE_MANIFEST_PATH = '.contentlayer/content-cache.json';
export const CHECK_CACHE_PATH = '.contentlayer/check-cache.json';
export const INDEX_CACHE_PATH = '.contentlayer/index-cache.json';
export const TYPE_CHECK_RECORD_PATH = '.next/cache/type-check.json';
/** The folders of a compile in progress (one per shard). */
export const SHARDS_DIR = '.contentlayer-shards';

/**
 * Every folder the build writes, all of it derived from the project's files: `npm run clean` removes
 * them (the next build starts cold), and CI keeps those marked between runs (.github/workflows).
 */
export const BUILD_OUTPUTS: readonly { path: string; holds: string; keptByCi: boolean }[] = [
  {
    path: '.contentlayer',
    holds: "compiled questions, and the caches of the check, the compile, the index step and contentlayer's own",
    keptByCi: true,
  },
  { path: SHARDS_DIR, holds: 'the shard folders of a compile in progress', keptByCi: false },
  { path: '.content', holds: 'the slim index and the search index the site reads', keptByCi: false },
  { path: '.next/cache', holds: "Next's build cache and the type check's record", keptByCi: true },
  { path: '.next', holds: 'the built site', keptByCi: false },
];
