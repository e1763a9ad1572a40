// @ts-check
// What the page cache may keep, and under which key: only what any shared cache may keep — 200 answers
// to plain GETs, marked `public`/`s-maxage` by Next, with no cookie set, that came from Next's cache
// (`x-nextjs-cache: HIT`) or carry no ISR state (route handlers, static files). Requests that ask Next
// for something else (React Server Component payloads, draft mode, ranges, on-demand revalidation)
// always go to Next. Pure functions of a request's or an answer's headers.

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
/** Headers not kept with an answer: the connection's (Node writes its own) and the request's own id. */
export const UNKEPT_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'age',
  'x-request-id',
]);

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {Record<string, string | string[] | number | undefined>} HeaderRecord
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
export function headerText(value) {
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
