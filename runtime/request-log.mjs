// @ts-check
// One JSON line per request, written when the answer is finished or the reader went away: the request
// id, method, path, status, bytes sent (after compression), duration, and where the answer came from:
// `page-cache` (answered in front of Next), `hit`, `stale` or `miss` (Next's ISR cache, from its
// `x-nextjs-cache` header), or `render` (anything else Next answered). A request id sent by a proxy
// in X-Request-Id is kept when it is short and plain, otherwise a new one is made; it is sent back in
// X-Request-Id and passed on to Next, so an error report (reportRequestError) names the same id.
import { randomUUID } from 'node:crypto';
import { FROM_PAGE_CACHE } from './page-cache/index.mjs';
import { logger } from './log.mjs';

/**
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 * @typedef {(req: IncomingMessage, res: ServerResponse) => unknown} RequestListener
 * @typedef {Pick<import('pino').Logger, 'info' | 'warn' | 'error'>} Log
 */

const LONGEST_LOGGED_PATH = 512;

/** @param {string | string[] | undefined} sent */
export function requestId(sent) {
  return typeof sent === 'string' && /^[\w.:-]{1,64}$/.test(sent) ? sent : randomUUID();
}

/** @param {ServerResponse} res */
export function answeredFrom(res) {
  if (/** @type {any} */ (res)[FROM_PAGE_CACHE]) return 'page-cache';
  const isr = String(res.getHeader('x-nextjs-cache') ?? '').toLowerCase();
  return isr === 'hit' || isr === 'stale' || isr === 'miss' ? isr : 'render';
}

/** @param {unknown} chunk @param {unknown} encoding */
function byteLength(chunk, encoding) {
  if (typeof chunk === 'string')
    return Buffer.byteLength(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'));
  return chunk instanceof Uint8Array ? chunk.byteLength : 0;
}

/**
 * The listener with every request logged.
 * @param {RequestListener} next
 * @param {Log} [log]
 * @returns {RequestListener}
 */
export function withRequestLog(next, log = logger()) {
  return (req, res) => {
    const started = performance.now();
    const id = requestId(req.headers['x-request-id']);
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    let bytes = 0;
    const write = res.write;
    const end = res.end;
    /** @type {any} */ (res).write = function (/** @type {unknown[]} */ ...args) {
      bytes += byteLength(args[0], args[1]);
      return /** @type {any} */ (write).apply(this, args);
    };
    /** @type {any} */ (res).end = function (/** @type {unknown[]} */ ...args) {
      if (typeof args[0] !== 'function') bytes += byteLength(args[0], args[1]);
      return /** @type {any} */ (end).apply(this, args);
    };
    res.once('close', () => {
      const line = {
        event: 'request',
        requestId: id,
        method: req.method,
        path: (req.url ?? '').slice(0, LONGEST_LOGGED_PATH),
        status: res.statusCode,
        bytes,
        ms: Math.round((performance.now() - started) * 10) / 10,
        from: answeredFrom(res),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500) log.error(line);
      else log.info(line);
    });
    return next(req, res);
  };
}

/** Errors already logged, by request id and reference: Next reports one failure once per part it renders. */
const reported = new Set();
const REMEMBERED_REPORTS = 256;

/**
 * Next's onRequestError (instrumentation.ts): the error with the reference the error page shows (its
 * digest) and the request's id, once per request and reference.
 * @param {unknown} error
 * @param {{ path: string; method: string; headers: Record<string, string | string[] | undefined> }} request
 * @param {{ routerKind: string; routePath: string; routeType: string }} context
 */
export function reportRequestError(error, request, context) {
  const digest = /** @type {{ digest?: unknown }} */ (error)?.digest;
  const key = `${request.headers['x-request-id']} ${String(digest)}`;
  if (reported.has(key)) return;
  reported.add(key);
  // A fixed number remembered: the oldest goes first.
  if (reported.size > REMEMBERED_REPORTS) reported.delete(reported.values().next().value);
  logger().error(
    {
      event: 'request-error',
      reference: typeof digest === 'string' ? digest : undefined,
      requestId: request.headers['x-request-id'],
      method: request.method,
      path: request.path.slice(0, LONGEST_LOGGED_PATH),
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    'rendering failed',
  );
}
