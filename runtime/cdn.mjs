// @ts-check
// What CDNs and browsers may keep. Pages are rendered once per deploy (`revalidate = false`: content
// only changes with a deploy), and Next marks such an answer as fresh for a year (`s-maxage=31536000`).
// A CDN must still pick up a deploy's corrections within the hour, so the server rewrites that mark
// to the CDN policy below: fresh for an hour, then served stale for up to a day while the CDN fetches
// the new copy. Contract with Next (README "Production runtime"): a page or route that is never
// regenerated carries `s-maxage=31536000`.
/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} RequestListener */

/** How long a CDN may serve a page before asking again. */
export const CDN_MAX_AGE_SECONDS = 60 * 60;
/** Seconds a CDN may keep serving a page after it went stale while it fetches a fresh copy. */
export const CDN_STALE_SECONDS = 24 * 60 * 60;
/** Next's `s-maxage` for an answer that is never regenerated (CACHE_ONE_YEAR). */
const NEVER_REGENERATED = /(?:^|,)\s*s-maxage=31536000\b/i;

export const CDN_CACHE_CONTROL = `public, s-maxage=${CDN_MAX_AGE_SECONDS}, stale-while-revalidate=${CDN_STALE_SECONDS}`;

/**
 * The Cache-Control to send for an answer Next gave this one.
 * @param {string} cacheControl
 */
export function cdnCacheControl(cacheControl) {
  return NEVER_REGENERATED.test(cacheControl) ? CDN_CACHE_CONTROL : cacheControl;
}

/**
 * The listener with the CDN policy applied to what Next answers.
 * @param {RequestListener} next
 * @returns {RequestListener}
 */
export function withCdnPolicy(next) {
  return (req, res) => {
    const writeHead = res.writeHead;
    /** @type {any} */ (res).writeHead = function (/** @type {unknown[]} */ ...args) {
      const given = args.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg));
      /** @type {Record<string, unknown> | undefined} */
      const headers = /** @type {any} */ (given);
      for (const name of Object.keys(headers ?? {}))
        if (name.toLowerCase() === 'cache-control' && headers) headers[name] = cdnCacheControl(String(headers[name]));
      const set = res.getHeader('cache-control');
      if (set !== undefined) res.setHeader('cache-control', cdnCacheControl(String(set)));
      return /** @type {any} */ (writeHead).apply(this, args);
    };
    return next(req, res);
  };
}
