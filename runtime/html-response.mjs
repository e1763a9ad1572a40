// @ts-check
// The response layer closest to Next: an HTML answer is held until Next has written all of it, then
// - a page (2xx other than 204, or 4xx) is sent without the client runtime (./client-runtime.mjs),
//   with an ETag of exactly those bytes and a 304 when the reader already has them;
// - a server error (5xx) keeps the runtime, which renders app/error.tsx with its reference, and so
//   does the browser editor (/keystatic, an app built on the runtime, present only when configured);
// and its Content-Security-Policy lists the hashes of the layout's inline scripts (./csp.mjs), and on
// an error page those of the runtime's own inline scripts in it. Compression and the page cache sit
// outside this layer (./pipeline.mjs), so they see the page as readers get it.
// Contract with Next (README "Production runtime"): Next writes an answer with res.writeHead/
// res.write/res.end (or res.end alone), names a page `text/html` in Content-Type and has set the
// headers of next.config.ts (the policy) before it writes.
import { createHash } from 'node:crypto';
import { isRuntimeInlineScript, stripClientRuntime } from './client-runtime.mjs';
import { allowScripts, runnableInlineScripts, scriptHashSource } from './csp.mjs';
import { etagMatches } from './page-cache/policy.mjs';

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} RequestListener
 */

/** A strong validator of the bytes sent: 27 characters of a SHA-256. */
export function entityTag(/** @type {Buffer} */ body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** @param {number} status @param {unknown} contentType */
function isHtmlAnswer(status, contentType) {
  const hasBody = status >= 200 && status !== 204 && status !== 304;
  return hasBody && /^text\/html\b/i.test(String(contentType ?? ''));
}

/**
 * The policy of an HTML answer: the layout's script hashes, and on an error page the runtime's.
 * @param {import('node:http').ServerResponse} res
 * @param {readonly string[]} layoutScripts
 * @param {string | undefined} errorPage the HTML of a 5xx answer
 */
function setPolicy(res, layoutScripts, errorPage) {
  const policy = res.getHeader('content-security-policy');
  if (typeof policy !== 'string') return;
  const runtime = errorPage ? runnableInlineScripts(errorPage).filter(isRuntimeInlineScript).map(scriptHashSource) : [];
  res.setHeader('content-security-policy', allowScripts(policy, [...layoutScripts, ...new Set(runtime)]));
}

/** The browser editor's pages (app/keystatic, only in builds configured for it): an app, not a document. */
const EDITOR_PAGE = /^\/keystatic(?:[/?#]|$)/;

/**
 * Copies the headers given to writeHead (an object, or a flat [name, value, …] array) onto the response.
 * @param {ServerResponse} res
 * @param {unknown} headers
 */
function applyHeaders(res, headers) {
  if (Array.isArray(headers)) {
    const flat = Array.isArray(headers[0]) ? headers.flat() : headers;
    for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(String(flat[i]), flat[i + 1]);
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/**
 * Next's listener with its HTML pages sent without the client runtime.
 * @param {RequestListener} next
 * @param {{ layoutScripts: readonly string[] }} options CSP sources of the layout's inline scripts
 * @returns {RequestListener}
 */
export function withoutClientRuntime(next, { layoutScripts }) {
  return (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return next(req, res);

    /** @type {boolean | undefined} undecided until the status and type are known */
    let page;
    /** @type {Buffer[]} */
    const chunks = [];
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    const flushHeaders = res.flushHeaders;
    const decide = (/** @type {number} */ status) => {
      page ??= isHtmlAnswer(status, res.getHeader('content-type'));
      if (!page) {
        res.writeHead = writeHead;
        res.write = write;
        res.end = end;
        res.flushHeaders = flushHeaders;
      }
      return page;
    };
    /** @param {unknown} chunk @param {unknown} encoding */
    const hold = (chunk, encoding) => {
      if (typeof chunk === 'string')
        chunks.push(
          Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')),
        );
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };

    /** @type {any} */ (res).writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      res.statusCode = status;
      if (typeof rest[0] === 'string') res.statusMessage = /** @type {string} */ (rest.shift());
      applyHeaders(res, rest[0]);
      if (!decide(status)) return writeHead.call(res, status);
      return res;
    };
    res.flushHeaders = () => {
      if (!decide(res.statusCode)) flushHeaders.call(res);
    };
    /** @type {any} */ (res).write = function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      if (!decide(res.statusCode)) return /** @type {any} */ (write).call(res, chunk, ...rest);
      hold(chunk, rest[0]);
      const done = rest.find((arg) => typeof arg === 'function');
      if (typeof done === 'function') process.nextTick(done);
      return true;
    };
    /** @type {any} */ (res).end = function (/** @type {unknown[]} */ ...args) {
      if (!decide(res.statusCode)) return /** @type {any} */ (end).apply(res, args);
      const done = args.find((arg) => typeof arg === 'function');
      if (typeof args[0] !== 'function') hold(args[0], args[1]);
      res.writeHead = writeHead;
      res.write = write;
      res.end = end;
      res.flushHeaders = flushHeaders;
      const html = Buffer.concat(chunks).toString('utf8');
      if (res.statusCode >= 500 || EDITOR_PAGE.test(req.url ?? '')) {
        setPolicy(res, layoutScripts, html);
        res.setHeader('content-length', Buffer.byteLength(html));
        return end.call(res, head ? undefined : html, /** @type {any} */ (done));
      }
      setPolicy(res, layoutScripts, undefined);
      if (head) {
        // Next's length and validator are those of the page with its runtime; without the body there are none to give.
        res.removeHeader('content-length');
        res.removeHeader('etag');
        return /** @type {any} */ (end).call(res, done);
      }
      const body = Buffer.from(stripClientRuntime(html), 'utf8');
      const etag = entityTag(body);
      res.setHeader('etag', etag);
      const ifNoneMatch = req.headers['if-none-match'];
      if (res.statusCode === 200 && ifNoneMatch !== undefined && etagMatches(ifNoneMatch, etag)) {
        res.statusCode = 304;
        res.removeHeader('content-length');
        res.removeHeader('content-type');
        return /** @type {any} */ (end).call(res, done);
      }
      res.setHeader('content-length', body.length);
      return end.call(res, body, /** @type {any} */ (done));
    };
    return next(req, res);
  };
}
