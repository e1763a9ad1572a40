// @ts-check
// The server's log: one JSON object per line on standard output (pino), for the request log
// (./request-log.mjs), the ISR cache's Redis state and errors reported by Next (instrumentation.ts).
// LOG_LEVEL sets the least severe level written (default info; "silent" writes nothing).
import pino from 'pino';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * The level LOG_LEVEL names; an unknown name is refused with the list of known ones.
 * @param {string | undefined} value
 */
export function logLevel(value) {
  const level = value?.trim().toLowerCase() || 'info';
  if (!LEVELS.has(level)) throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')}, not "${value}"`);
  return level;
}

// One logger per process, whichever copy of this module asked first (Next loads runtime files through
// its own bundles too: instrumentation.ts, the cache handler).
const SHARED = Symbol.for('health-answers.logger');
const registry = /** @type {{ [SHARED]?: import('pino').Logger }} */ (globalThis);

/** @returns {import('pino').Logger} */
export function logger() {
  registry[SHARED] ??= pino(
    {
      level: logLevel(process.env.LOG_LEVEL),
      base: { service: 'health-answers' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Each line written as it is logged: none lost when the process exits, none out of order.
    pino.destination({ dest: 1, sync: true }),
  );
  return registry[SHARED];
}
