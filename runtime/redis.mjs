// @ts-check
// The ISR cache's connection to Redis (REDIS_URL): one per process, shared by every handler Next
// creates, reconnecting for as long as the process lives, closed at shutdown. A password and TLS come
// with the address: redis://:password@host:6379, rediss://… for TLS (README "Production runtime").
import { createClient } from 'redis';
import { logger } from './log.mjs';
import { onShutdown } from './shutdown.mjs';

/** A Redis command slower than this counts as an outage: the page is served locally instead. */
export const REDIS_TIMEOUT_MS = 500;

/** @param {string} url */
function connect(url) {
  const client = createClient({
    url,
    // Fail fast while disconnected instead of queueing: the page is then served from the local cache.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      // Keep retrying, backing off to one attempt every 2 s.
      reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  let lastLog = 0;
  client.on('error', (/** @type {Error} */ error) => {
    // The client reconnects on its own; log at most every 30 s so an outage does not flood the log.
    if (Date.now() - lastLog > 30_000) {
      lastLog = Date.now();
      logger().warn(
        { event: 'redis-unavailable', error: error.message },
        'Redis unavailable: ISR cache served locally',
      );
    }
  });
  client.on('ready', () => logger().info({ event: 'redis-connected' }, 'Redis connected: ISR cache shared'));
  client.connect().catch(() => {
    // The error listener has reported it; the reconnect strategy keeps trying.
  });
  return client;
}

/** @typedef {ReturnType<typeof connect>} RedisClient */
/** @typedef {{ client: RedisClient; url: string; firstReady?: Promise<void> }} Shared */

const SHARED = Symbol.for('health-answers.redis-cache-client');
const registry = /** @type {{ [SHARED]?: Shared }} */ (globalThis);

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
export function withTimeout(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/**
 * The shared client for this address when it can answer now, or undefined. Right after start-up the
 * first connection gets a moment to come up; during an outage nobody waits.
 * @param {string} url
 * @returns {Promise<RedisClient | undefined>}
 */
export async function readyRedis(url) {
  let shared = registry[SHARED];
  if (shared?.url !== url) {
    shared?.client.destroy();
    const client = connect(url);
    /** @type {Shared} */
    const state = { client, url };
    state.firstReady = new Promise((resolve) => client.once('ready', resolve)).then(() => {
      state.firstReady = undefined;
    });
    registry[SHARED] = shared = state;
    onShutdown('redis (ISR cache)', () => (client.isOpen ? client.close() : client.destroy()));
  }
  const { client, firstReady } = shared;
  if (!client.isReady && firstReady) await withTimeout(firstReady).catch(() => undefined);
  return client.isReady ? client : undefined;
}
