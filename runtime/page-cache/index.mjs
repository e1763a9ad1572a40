// @ts-check
// The page cache in front of Next's request listener, as nginx's "microcache" or a CDN edge would be: a
// page Next served from its ISR cache is kept in memory (./lru.mjs) as the exact bytes and headers it
// sent, compressed or not, for at most PAGE_CACHE_SECONDS, and answered from there without entering
// Next. Next's own per-request work (routing, the proxy, the ISR lookup, tracing) costs a few
// milliseconds of CPU for a page that is the same bytes for an hour; this answers it in a few tens of
// microseconds. What may be kept is decided in ./policy.mjs. A request answered here is marked with
// FROM_PAGE_CACHE for the request log.
import { MAX_ENTRY_BYTES, etagMatches, requestCacheKey, storableSeconds } from './policy.mjs';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, PageCache } from './lru.mjs';

export { PageCache, DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS };

/** Set on a response the page cache answered. */
export const FROM_PAGE_CACHE = Symbol.for('health-answers.from-page-cache');

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} RequestListener
 * @typedef {import('./policy.mjs').HeaderRecord} HeaderRecord
 * @typedef {import('./lru.mjs').Entry} Entry
 */

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
        /** @type {any} */ (res)[FROM_PAGE_CACHE] = true;
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
