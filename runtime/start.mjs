// @ts-check
// The production entry point (`npm start`, the Docker image): Next's generated standalone server.js,
// run unchanged, with this folder's request pipeline (./pipeline.mjs) in front of its listener and a
// graceful stop. scripts/prepare-standalone.ts copies this folder to .next/standalone/runtime/.
// Contract with Next (README "Production runtime"): server.js creates its HTTP server once, while it
// starts, with `http.createServer(options, listener)`; NEXT_MANUAL_SIG_HANDLE leaves SIGTERM to us.
import http from 'node:http';
import net from 'node:net';
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
const ACCEPT_QUEUED_MS = 100;
/**
 * Resolves after two event-loop turns in a row accepted no connection. A busy loop can fire a timer
 * before it has polled the listening socket again; each setImmediate turn polls it once (libuv
 * accepts everything queued there in one go).
 * @param {http.Server} server
 */
function queueAccepted(server) {
  return new Promise((resolve) => {
    let quietTurns = 0;
    const accepted = () => (quietTurns = 0);
    server.on('connection', accepted);
    const turn = () => {
      if (++quietTurns < 2) return setImmediate(turn);
      server.off('connection', accepted);
      resolve(undefined);
    };
    setImmediate(turn);
  });
}
const IDLE_GRACE_MS = 1000;
/**
 * Stops taking connections and resolves once every open one has ended. Node's own `server.close()`
 * drops "idle" connections at once, and a connection counts as idle until its request has been read:
 * a reader whose request was still in the listen queue or in a socket buffer, waiting for a busy
 * event loop, would get a reset. So: accept what is queued (queueAccepted), then close the
 * listener alone; answers from now on say `connection: close`; connections still without a request
 * after `IDLE_GRACE_MS` are closed (idle keep-alive ones would otherwise wait for keepAliveTimeout).
 * @param {http.Server} server
 */
async function closeGently(server) {
  // Before the pipeline's listener, which may answer from the page cache at once.
  server.prependListener('request', (_req, res) => res.setHeader('connection', 'close'));
  await new Promise((resolve) => setTimeout(resolve, ACCEPT_QUEUED_MS));
  await queueAccepted(server);
  const closed = new Promise((resolve) => net.Server.prototype.close.call(server, () => resolve(undefined)));
  const sweep = setTimeout(() => server.closeIdleConnections(), IDLE_GRACE_MS);
  await closed;
  clearTimeout(sweep);
}
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
  if (server?.listening) await closeGently(server);
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
