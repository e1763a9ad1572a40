// @ts-check
// The path of a request through the server, outermost first (README "Production runtime"):
//   request log -> page cache -> compression -> CDN policy -> client-runtime removal -> Next
// The log sees every answer, including the page cache's; the page cache keeps the compressed bytes
// readers got; compression sees pages already without the runtime, whose ETag names those bytes.
// Next's own compression is off (next.config.ts `compress: false`): it would compress before the
// runtime is removed.
import { Duplex } from 'node:stream';
import compression from 'compression';
import { withCdnPolicy } from './cdn.mjs';
import { withoutClientRuntime } from './html-response.mjs';
import { withPageCache } from './page-cache/index.mjs';
import { withRequestLog } from './request-log.mjs';

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} RequestListener
 */

const noop = () => {};

/**
 * Gzip or Brotli as the reader accepts, for text answers over 1 KB (the `compression` middleware). When
 * a reader leaves mid-answer, its zlib stream is released (the middleware would keep it until GC, as
 * Next found: next/dist/server/lib/release-compression-stream.js does the same).
 * @param {RequestListener} next
 * @returns {RequestListener}
 */
export function withCompression(next) {
  const compress = compression();
  return (req, res) => {
    res.once('close', () => {
      if (res.writableFinished) return;
      // The middleware hands 'drain' listeners to its zlib stream and returns that stream.
      const stream = res.on('drain', noop);
      if (stream !== res && stream instanceof Duplex) stream.destroy();
      else res.off('drain', noop);
    });
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => next(req, res));
  };
}

/**
 * Next's listener with the layers above.
 * @param {RequestListener} next
 * @param {{ pageCache?: import('./page-cache/lru.mjs').PageCache; layoutScripts: readonly string[] }} options
 * @returns {RequestListener}
 */
export function requestPipeline(next, { pageCache, layoutScripts }) {
  let listener = withCompression(withCdnPolicy(withoutClientRuntime(next, { layoutScripts })));
  if (pageCache) listener = withPageCache(listener, pageCache);
  return withRequestLog(listener);
}
