// @ts-check
// The production entry point (`npm start`, the Docker image): Next's standalone server with the page
// cache (./page-cache.mjs) in front of its request handler. scripts/prepare-standalone.ts copies this
// folder's files into .next/standalone beside Next's generated server.js, which this runs unchanged:
// Next keeps its own start-up, signals, keep-alive and logging. Next creates its HTTP server with
// `http.createServer(listener)`; the one call made while server.js starts is given the cached listener.
// PAGE_CACHE_MB=0 (or PAGE_CACHE_SECONDS=0) runs Next's server exactly as generated. First it warns
// about build-time settings (SITE_URL, …) that this run sets differently: the build's values stay.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildSettingWarnings, readBuildSettings } from './build-settings.mjs';
import { pageCacheFromEnv, withPageCache } from './page-cache.mjs';

const built = readBuildSettings(new URL('./build-settings.json', import.meta.url));
if (!built) console.error('settings: build-settings.json is missing beside start.mjs: run `npm run build`.');
for (const warning of built ? buildSettingWarnings(built, process.env) : []) console.warn(`settings: ${warning}`);

/** Next's generated server, present in .next/standalone only. */
const nextServer = new URL('./server.js', import.meta.url);
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

try {
  await import(nextServer.href);
} catch (error) {
  const missing = /** @type {NodeJS.ErrnoException} */ (error);
  // Only Next's server.js itself missing; anything it fails to load is its own error.
  if (missing.code !== 'ERR_MODULE_NOT_FOUND' || !missing.message.includes(fileURLToPath(nextServer))) throw error;
  console.error(
    "start.mjs runs from .next/standalone, beside Next's server.js: run `npm run build`, then `npm start`.",
  );
  process.exit(1);
}

if (cache && !installed) {
  // Next changed how it starts its server: serve without the cache rather than not at all, and say so.
  console.error('page cache: not installed (Next did not create its server through http.createServer)');
}
