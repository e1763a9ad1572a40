// @ts-check
// A small shared cache in front of Next's request handler, as nginx's "microcache" or a CDN edge would
// be: a page Next served from its ISR cache is kept in memory as the exact bytes and headers it sent
// (compressed or not), for at most a minute, and answered from there without entering Next. Next's own
// per-request work (routing, the proxy, the ISR lookup, tracing, compression) costs a few milliseconds
// of CPU for a page that is the same bytes for an hour; this answers it in a few tens of microseconds.
//
// Only what any shared cache may keep is kept: 200 answers to plain GETs, marked `public`/`s-maxage` by
// Next, with no cookie set, that came from Next's cache (`x-nextjs-cache: HIT`) or carry no ISR state
// (route handlers, static files). Requests that ask Next for something else — React Server Component
// payloads, draft mode, ranges, on-demand revalidation — always go to Next. Memory is bounded (bytes,
// least recently used first), so no stream of distinct addresses can grow it.
// Plain JavaScript because it runs beside Next's standalone server, outside the TypeScript build.

/** Default memory budget of the cache (PAGE_CACHE_MB), and the longest any answer is kept (PAGE_CACHE_SECONDS). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_SECONDS = 60;
/** Answers larger than this are passed through and never kept. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** Addresses longer than this are passed through (Next answers them; they are not worth a slot). */
const MAX_KEY_LENGTH = 2048;

/** Request headers that make Next answer something other than the page (RSC payloads, prefetches, revalidation). */
const PASS_THROUGH_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'range',
  'authorization',
];
/** Cookies of Next's draft mode: a reader with one sees unpublished renders. */
const DRAFT_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;
/** What a kept answer may vary on: the encoding (part of the key) and headers whose requests pass through. */
const KEYED_VARY = new Set(['accept-encoding', ...PASS_THROUGH_HEADERS]);
/** Headers of the connection, not of the answer: Node writes its own. */
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'age']);

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} RequestListener
 * @typedef {Record<string, string | string[] | number | undefined>} HeaderRecord
 * @typedef {{ headers: [string, string | string[]][]; body: Buffer; etag: string | undefined; storedAt: number; expiresAt: number; bytes: number }} Entry
 * @typedef {{ maxBytes?: number; maxSeconds?: number; now?: () => number }} PageCacheOptions
 */

/**
 * The key an answer to this request is kept under, or undefined when the request must go to Next.
 * The address is taken as sent (Next answers `/a?x=1` and `/a` separately too); the encodings the
 * client accepts are part of the key because the kept bytes are already compressed for them.
 * @param {IncomingMessage} req
 * @returns {string | undefined}
 */
export function requestCacheKey(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
  const url = req.url;
  if (!url || !url.startsWith('/') || url.length > MAX_KEY_LENGTH) return undefined;
  const headers = req.headers;
  for (const name of PASS_THROUGH_HEADERS) if (headers[name] !== undefined) return undefined;
  if (headers.cookie !== undefined && DRAFT_COOKIE.test(headers.cookie)) return undefined;
  const encodings = String(headers['accept-encoding'] ?? '')
    .toLowerCase()
    .replace(/\s+/g, '')
    .slice(0, 100);
  return `${encodings} ${url}`;
}

/** @param {string | string[] | number | undefined} value */
function headerText(value) {
  return Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
}

/**
 * How many seconds a shared cache may keep an answer with this Cache-Control (0: not at all), capped
 * at `maxSeconds`.
 * @param {string} cacheControl
 * @param {number} maxSeconds
 */
export function sharedFreshSeconds(cacheControl, maxSeconds) {
  /** @type {Map<string, string>} */
  const directives = new Map();
  for (const part of cacheControl.toLowerCase().split(',')) {
    const [name = '', value = ''] = part.trim().split('=', 2);
    if (name) directives.set(name, value.replace(/^"|"$/g, ''));
  }
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return 0;
  const lifetime = directives.get('s-maxage') ?? directives.get('max-age');
  const seconds = lifetime === undefined || !/^\d+$/.test(lifetime) ? 0 : Number(lifetime);
  return Math.min(seconds, maxSeconds);
}

/**
 * How long an answer with this status and these (lower-case) headers may be kept, in seconds; 0 when
 * it must not be.
 * @param {number} status
 * @param {HeaderRecord} headers
 * @param {number} maxSeconds
 */
export function storableSeconds(status, headers, maxSeconds) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
  // A render Next made for this request, or a stale page it is regenerating, is not kept: the next
  // request goes to Next and keeps what its cache then holds.
  const isr = headers['x-nextjs-cache'];
  if (isr !== undefined && headerText(isr).toUpperCase() !== 'HIT') return 0;
  const vary = headerText(headers.vary).toLowerCase();
  for (const name of vary.split(',')) {
    const trimmed = name.trim();
    if (trimmed && !KEYED_VARY.has(trimmed)) return 0;
  }
  return sharedFreshSeconds(headerText(headers['cache-control']), maxSeconds);
}

/**
 * Whether an If-None-Match header matches an entity tag (weak comparison, as for GET).
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
export function etagMatches(ifNoneMatch, etag) {
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

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
      if (value === undefined || CONNECTION_HEADERS.has(name)) continue;
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

/**
 * Writes a kept answer: 304 when the client already holds it, the headers alone for HEAD.
 * @param {PageCache} cache
 * @param {Entry} entry
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function answerFromCache(cache, entry, req, res) {
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.setHeader('age', String(Math.max(0, Math.floor((cache.now() - entry.storedAt) / 1000))));
  const ifNoneMatch = req.headers['if-none-match'];
  if (entry.etag !== undefined && ifNoneMatch !== undefined && etagMatches(ifNoneMatch, entry.etag)) {
    res.removeHeader('content-encoding');
    res.removeHeader('content-type');
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-length', entry.body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(entry.body);
}

/**
 * Records what Next writes for a GET, and keeps it once the answer has been sent in full, if it may be.
 * Bytes are recorded as they leave, after Next's compression, so the kept body is what the client got.
 * @param {PageCache} cache
 * @param {string} key
 * @param {ServerResponse} res
 */
function recordAnswer(cache, key, res) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let keep = true;
  /** @type {HeaderRecord | undefined} */
  let sentHeaders;
  /** How long the answer may be kept, decided once its status and headers are known. */
  let seconds = 0;

  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      keep = false;
      return;
    }
    // One copy either way: a string becomes a buffer of its own, and bytes are copied because the
    // writer may reuse its buffer.
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
        : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      keep = false;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };

  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    /** @type {HeaderRecord} */
    const headers = { ...res.getHeaders() };
    const given = typeof args[1] === 'object' ? args[1] : args[2];
    if (Array.isArray(given)) keep = false;
    else if (given && typeof given === 'object') {
      for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value;
    }
    sentHeaders = headers;
    seconds = storableSeconds(Number(args[0]), headers, cache.maxSeconds);
    if (seconds === 0) {
      keep = false;
      chunks.length = 0;
    }
    return writeHead.apply(this, /** @type {any} */ (args));
  };
  /** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return write.apply(this, /** @type {any} */ (args));
  };
  /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
    collect(args[0], args[1]);
    return end.apply(this, /** @type {any} */ (args));
  };
  res.once('finish', () => {
    if (keep && sentHeaders && seconds > 0)
      cache.set(key, { headers: sentHeaders, body: Buffer.concat(chunks, size), seconds });
  });
}

/**
 * The request listener with the cache in front of Next's.
 * @param {RequestListener} next
 * @param {PageCache} cache
 * @returns {RequestListener}
 */
export function withPageCache(next, cache) {
  return (req, res) => {
    const key = requestCacheKey(req);
    if (key !== undefined) {
      const entry = cache.get(key);
      if (entry) {
        answerFromCache(cache, entry, req, res);
        return;
      }
      if (req.method === 'GET') recordAnswer(cache, key, res);
    }
    return next(req, res);
  };
}

/**
 * The cache as the operator configured it (PAGE_CACHE_MB, PAGE_CACHE_SECONDS), or undefined when
 * switched off (either set to 0).
 * @param {{ PAGE_CACHE_MB?: string; PAGE_CACHE_SECONDS?: string }} env
 * @returns {PageCache | undefined}
 */
export function pageCacheFromEnv(env) {
  /** @param {string | undefined} value @param {number} fallback @param {string} name */
  const number = (value, fallback, name) => {
    if (value === undefined || value.trim() === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0)
      throw new Error(`${name} must be a number of 0 or more, not "${value}"`);
    return parsed;
  };
  const megabytes = number(env.PAGE_CACHE_MB, DEFAULT_MAX_BYTES / (1024 * 1024), 'PAGE_CACHE_MB');
  const seconds = number(env.PAGE_CACHE_SECONDS, DEFAULT_MAX_SECONDS, 'PAGE_CACHE_SECONDS');
  if (megabytes === 0 || seconds === 0) return undefined;
  return new PageCache({ maxBytes: Math.floor(megabytes * 1024 * 1024), maxSeconds: seconds });
}
