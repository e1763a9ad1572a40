// @ts-check
// What must be closed before the process exits (Redis connections, the trace exporter), registered by
// whichever module opened it, and run once by the server's SIGTERM handling (./start.mjs). The list
// lives on globalThis because Next loads some of those modules through its own bundles.

const SHARED = Symbol.for('health-answers.on-shutdown');
const registry = /** @type {{ [SHARED]?: Map<string, () => Promise<unknown> | unknown> }} */ (globalThis);

/**
 * Registers a closer under a name (a second one under the same name replaces the first).
 * @param {string} name
 * @param {() => Promise<unknown> | unknown} close
 */
export function onShutdown(name, close) {
  (registry[SHARED] ??= new Map()).set(name, close);
}

/**
 * Runs every closer at once, each given at most `timeoutMs`; resolves with the names that failed or
 * did not finish in time.
 * @param {number} timeoutMs
 * @returns {Promise<string[]>}
 */
export async function runShutdown(timeoutMs) {
  const closers = [...(registry[SHARED] ?? new Map())];
  registry[SHARED]?.clear();
  const results = await Promise.all(
    closers.map(async ([name, close]) => {
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const late = new Promise((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      try {
        const done = await Promise.race([Promise.resolve(close()).then(() => true), late]);
        return done ? undefined : name;
      } catch {
        return name;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results.filter((name) => name !== undefined);
}
