// @ts-check
// The page cache's memory: answers kept as the exact bytes and headers sent, least recently used
// dropped first once the byte budget is reached, each until its own expiry. No stream of distinct
// addresses can grow it past its budget.
import { MAX_ENTRY_BYTES, UNKEPT_HEADERS, headerText } from './policy.mjs';

/** Default memory budget of the cache (PAGE_CACHE_MB), and the longest any answer is kept (PAGE_CACHE_SECONDS). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_SECONDS = 60;

/**
 * @typedef {import('./policy.mjs').HeaderRecord} HeaderRecord
 * @typedef {{ headers: [string, string | string[]][]; body: Buffer; etag: string | undefined; storedAt: number; expiresAt: number; bytes: number }} Entry
 * @typedef {{ maxBytes?: number; maxSeconds?: number; now?: () => number }} PageCacheOptions
 */

/** Answers kept in memory, least recently used dropped first, each until its own expiry. */
export class PageCache {
  /** @param {PageCacheOptions} [options] */
  constructor({ maxBytes = DEFAULT_MAX_BYTES, maxSeconds = DEFAULT_MAX_SECONDS, now = Date.now } = {}) {
    this.maxBytes = maxBytes;
    this.maxSeconds = maxSeconds;
    this.now = now;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
    this.bytes = 0;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * @param {string} key
   * @param {{ headers: HeaderRecord; body: Buffer; seconds: number }} answer
   */
  set(key, { headers, body, seconds }) {
    /** @type {[string, string | string[]][]} */
    const kept = [];
    let bytes = key.length + body.length + 200;
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || UNKEPT_HEADERS.has(name)) continue;
      const text = Array.isArray(value) ? value.map(String) : String(value);
      kept.push([name, text]);
      bytes += name.length + headerText(text).length;
    }
    if (bytes > Math.min(MAX_ENTRY_BYTES, this.maxBytes)) return;
    this.delete(key);
    const storedAt = this.now();
    const etag = headers.etag === undefined ? undefined : headerText(headers.etag);
    this.entries.set(key, { headers: kept, body, etag, storedAt, expiresAt: storedAt + seconds * 1000, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  get size() {
    return this.entries.size;
  }
}
