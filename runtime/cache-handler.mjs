// @ts-check
// Next's ISR cache handler (next.config.ts `cacheHandler`). With REDIS_URL, pages and route answers
// rendered by any instance are shared through Redis; without it, or while Redis is down or slow, it
// is Next's own file-system cache. Entries are keyed by build, so a deploy never serves another
// build's pages. Tags are not shared: nothing in the site revalidates by tag or path (pages change
// with a deploy; tests/unit/cache-handler.test.ts fails if a call appears), so a lookup is one GET.
// Contract with Next (README "Production runtime"): the CacheHandler interface and the private
// FileSystemCache module imported below.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readyRedis, withTimeout } from './redis.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

/**
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue
 * @typedef {Parameters<NextCacheHandler['get']>[1]} GetContext
 * @typedef {Parameters<NextCacheHandler['set']>[1]} SetData
 * @typedef {Parameters<NextCacheHandler['set']>[2]} SetContext
 * @typedef {{ get(key: string): Promise<string | null | {}>; set(key: string, value: string, options: { EX: number }): Promise<unknown>; del(key: string): Promise<unknown> }} RedisCommands
 * @typedef {{
 *   redis: () => Promise<RedisCommands | undefined>;
 *   keyPrefix: string;
 *   localMemoryBytes?: number;
 * }} CacheHandlerOptions
 */

/** What each instance keeps in memory in front of its disk, as Next's default does (50 MB). */
const LOCAL_MEMORY_BYTES = 50 * 1024 * 1024;
/** Entries leave Redis after their own expire time, but never live longer than this. */
const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;
const MIN_TTL_SECONDS = 60;

// ---- Serialisation: cache values hold Buffers (RSC payloads, route bodies) and Maps (segments). ----

/**
 * @param {CacheHandlerValue} entry
 * @returns {string}
 */
export function serializeEntry(entry) {
  return JSON.stringify(entry, function replacer(key, value) {
    /** @type {unknown} */
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return value;
  });
}

/**
 * @param {string} text
 * @returns {CacheHandlerValue}
 */
export function deserializeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.$buffer === 'string' && Object.keys(value).length === 1) {
        return Buffer.from(value.$buffer, 'base64');
      }
      if (Array.isArray(value.$map) && Object.keys(value).length === 1) return new Map(value.$map);
    }
    return value;
  });
}

/**
 * Seconds an entry stays in Redis: its expire time, bounded so nothing lingers for a year.
 * @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl
 */
export function ttlSeconds(cacheControl) {
  const wanted =
    cacheControl?.expire ?? (typeof cacheControl?.revalidate === 'number' ? cacheControl.revalidate * 2 : 0);
  if (!wanted || !Number.isFinite(wanted)) return MAX_TTL_SECONDS;
  return Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, Math.ceil(wanted)));
}

/** @type {Map<string, string>} BUILD_ID by server directory, read once per process. */
const buildIds = new Map();

/**
 * The build the server runs: entries of one build are never served by another (their HTML names
 * other assets). Read once per process, not per request (docs/runtime.md).
 * @param {string | undefined} serverDistDir
 */
export function buildId(serverDistDir) {
  if (!serverDistDir) return 'dev';
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      id = 'unknown';
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

/**
 * A cache handler class over the given Redis (or none): tests give it a real or fake one.
 * @param {CacheHandlerOptions} options
 */
export function createCacheHandler({ redis, keyPrefix, localMemoryBytes = LOCAL_MEMORY_BYTES }) {
  /** @implements {NextCacheHandler} */
  class CacheHandler {
    /** @param {CacheHandlerContext} ctx */
    constructor(ctx) {
      /** @type {NextCacheHandler | undefined} */
      this.local =
        ctx.fs && ctx.serverDistDir
          ? new FileSystemCache({
              ...ctx,
              fs: ctx.fs,
              serverDistDir: ctx.serverDistDir,
              maxMemoryCacheSize: localMemoryBytes,
            })
          : undefined;
      // During `next build` and `next dev` pages stay on disk; Redis is for the running instances.
      this.shared = !ctx.dev && process.env.NEXT_PHASE !== 'phase-production-build';
      this.prefix = `${keyPrefix}:${buildId(ctx.serverDistDir)}:`;
    }

    /**
     * @param {string} key
     * @param {GetContext} ctx
     * @returns {Promise<CacheHandlerValue | null>}
     */
    async get(key, ctx) {
      const client = this.shared ? await redis() : undefined;
      if (client) {
        try {
          const text = await withTimeout(client.get(this.prefix + key));
          if (typeof text === 'string') return deserializeEntry(text);
        } catch {
          // Outage or slow answer: fall through to this instance's own cache.
        }
      }
      return (await this.local?.get(key, ctx)) ?? null;
    }

    /**
     * @param {string} key
     * @param {SetData} data
     * @param {SetContext} ctx
     */
    async set(key, data, ctx) {
      await this.local?.set(key, data, ctx);
      const client = this.shared ? await redis() : undefined;
      if (!client) return;
      const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined;
      try {
        if (data === null) {
          await withTimeout(client.del(this.prefix + key));
        } else {
          const entry = serializeEntry({ value: data, lastModified: Date.now(), cacheControl });
          await withTimeout(client.set(this.prefix + key, entry, { EX: ttlSeconds(cacheControl) }));
        }
      } catch {
        // The entry stays in this instance's cache; the next render writes it to Redis again.
      }
    }

    /**
     * Part of Next's interface; this instance's own cache only (see the file's head).
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      await this.local?.revalidateTag(typeof tags === 'string' ? [tags] : tags, durations);
    }

    resetRequestCache() {
      this.local?.resetRequestCache();
    }
  }
  return CacheHandler;
}

/** The handler Next runs: Redis at REDIS_URL when set, keys under REDIS_KEY_PREFIX (default health-answers). */
export default createCacheHandler({
  redis: async () => {
    const url = process.env.REDIS_URL?.trim();
    return url ? readyRedis(url) : undefined;
  },
  keyPrefix: process.env.REDIS_KEY_PREFIX?.trim() || 'health-answers',
});
