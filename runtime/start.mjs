// @ts-check
// The production entry point (`npm start`, the Docker image): Next's generated standalone server.js,
// run unchanged, with this folder's request pipeline (./pipeline.mjs) in front of its listener and a
// graceful stop. scripts/prepare-standalone.ts copies this folder to .next/standalone/runtime/.
// Contract with Next (README "Production runtime"): server.js creates its HTTP server once, while it
// starts, with `http.createServer(options, listener)`; NEXT_MANUAL_SIG_HANDLE leaves SIGTERM to us.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { logger } from './log.mjs';
import { requestPipeline } from './pipeline.mjs';
import { buildSettingWarnings, readBuildRecord, runSettings } from './settings.mjs';
import { runShutdown } from './shutdown.mjs';

/** @type {ReturnType<typeof runSettings>} */
let settings;
try {
  settings = runSettings(process.env);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}
const log = logger();

// What the build recorded beside server.js (scripts/prepare-standalone.ts): its settings, and the CSP
// hashes of the layout's inline scripts. Without them the pages' scripts would not run: refuse to start.
const built = readBuildRecord(new URL('../build-settings.json', import.meta.url));
const layoutScripts = readBuildRecord(new URL('../inline-scripts.json', import.meta.url))?.layoutScripts;
if (!built || !Array.isArray(layoutScripts)) {
  log.fatal(
    { event: 'start' },
    'build-settings.json or inline-scripts.json is missing beside server.js: run `npm run build`.',
  );
  process.exit(1);
}
for (const warning of buildSettingWarnings(built, process.env)) log.warn({ event: 'settings' }, warning);

/** Next's generated server, present in .next/standalone only. */
const nextServer = new URL('../server.js', import.meta.url);
/** @type {http.Server | undefined} */
let server;
const createServer = http.createServer;
/** @type {any} */ (http).createServer = (/** @type {any[]} */ ...args) => {
  http.createServer = createServer;
  const last = args.length - 1;
  if (typeof args[last] !== 'function') throw new Error('start: http.createServer was called without a listener');
  args[last] = requestPipeline(args[last], { pageCache: settings.pageCache, layoutScripts });
  server = createServer.apply(http, /** @type {any} */ (args));
  return server;
};

// ---- Stopping: SIGTERM (docker stop, a rolling deploy) or SIGINT. ----
process.env.NEXT_MANUAL_SIG_HANDLE = 'true';
let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const deadline = settings.shutdownSeconds * 1000;
  log.info({ event: 'shutdown', signal }, 'stopping: no new connections, finishing requests in flight');
  const cut = setTimeout(() => {
    log.warn(
      { event: 'shutdown' },
      `requests still open after ${settings.shutdownSeconds} s: closing their connections`,
    );
    server?.closeAllConnections();
  }, deadline);
  if (server?.listening) {
    // Keep-alive connections close once their answer is sent; idle ones now.
    server.on('request', (_req, res) => res.setHeader('connection', 'close'));
    await new Promise((resolve) => {
      server?.close(resolve);
      server?.closeIdleConnections();
    });
  }
  clearTimeout(cut);
  const failed = await runShutdown(Math.min(deadline, 3000));
  if (failed.length > 0) log.warn({ event: 'shutdown', failed }, 'some connections did not close in time');
  log.info({ event: 'shutdown' }, 'stopped');
  log.flush?.();
  process.exit(0);
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));

try {
  await import(nextServer.href);
} catch (error) {
  const missing = /** @type {NodeJS.ErrnoException} */ (error);
  // Only Next's server.js itself missing; anything it fails to load is its own error.
  if (missing.code !== 'ERR_MODULE_NOT_FOUND' || !missing.message.includes(fileURLToPath(nextServer))) throw error;
  console.error(
    "runtime/start.mjs runs from .next/standalone, beside Next's server.js: run `npm run build`, then `npm start`.",
  );
  process.exit(1);
}
if (!server) {
  // Next changed how it starts its server: nothing above would apply. Refuse rather than serve pages with the runtime.
  log.fatal(
    { event: 'start' },
    'Next did not create its server through http.createServer: see README "Production runtime"',
  );
  process.exit(1);
}
