// @ts-check
// The production entry point (`npm start`, the Docker image): Next's standalone server with the page
// cache (./page-cache.mjs) in front of its request handler. scripts/prepare-standalone.ts copies this
// folder's files into .next/standalone beside Next's generated server.js, which this runs unchanged:
// Next keeps its own start-up, signals, keep-alive and logging. Next creates its HTTP server with
// `http.createServer(listener)`; the one call made while server.js starts is given the cached listener.
// PAGE_CACHE_MB=0 (or PAGE_CACHE_SECONDS=0) runs Next's server exactly as generated.
import http from 'node:http';
import { pageCacheFromEnv, withPageCache } from './page-cache.mjs';

const cache = pageCacheFromEnv(process.env);
let installed = false;
if (cache) {
  const createServer = http.createServer;
  /** @type {any} */ (http).createServer = (/** @type {any[]} */ ...args) => {
    http.createServer = createServer;
    const last = args.length - 1;
    if (typeof args[last] !== 'function')
      throw new Error('page cache: http.createServer was called without a listener');
    args[last] = withPageCache(args[last], cache);
    installed = true;
    return createServer.apply(http, /** @type {any} */ (args));
  };
}

// @ts-expect-error -- Next's generated server, present in .next/standalone only.
await import('./server.js');

if (cache && !installed) {
  // Next changed how it starts its server: serve without the cache rather than not at all, and say so.
  console.error('page cache: not installed (Next did not create its server through http.createServer)');
}
