// @ts-check
// The run-time configuration, read once when the server starts (./start.mjs), with the check of the
// settings fixed when the site was built. Every variable, its default and who reads it is listed in
// .env.example; README "Production runtime" explains them.
// - Build-time settings (SITE_URL, CORRECTIONS_EMAIL, PRERENDER_LIMIT; lib/settings.ts) are compiled
//   into the build and recorded in build-settings.json beside the server: a run that sets one
//   differently still serves the build's value, so the start says so, once per setting.
// - Run-time settings are checked here: a value that cannot be used stops the start with its name.
import { readFileSync } from 'node:fs';
import { logLevel } from './log.mjs';
import { pageCacheFromEnv } from './page-cache/index.mjs';

/** @typedef {Record<string, string>} BuildSettings */
/** @typedef {Record<string, string | undefined>} Env */

/** Docker waits 10 s after SIGTERM before it kills: finish within that by default. */
export const DEFAULT_SHUTDOWN_SECONDS = 8;

/**
 * A JSON record the build wrote beside the server, or undefined when it is missing or unreadable.
 * @param {URL | string} file
 * @returns {Record<string, any> | undefined}
 */
export function readBuildRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** @param {string} name @param {string} value */
const normalised = (name, value) => (name === 'SITE_URL' ? value.replace(/\/+$/, '') : value);

/**
 * One warning for each build-time setting that this run sets (not blank) to another value than the build's.
 * @param {BuildSettings} built
 * @param {Env} env
 * @returns {string[]}
 */
export function buildSettingWarnings(built, env) {
  return Object.entries(built).flatMap(([name, value]) => {
    const run = env[name]?.trim();
    if (!run || normalised(name, run) === value) return [];
    return [
      `${name} is fixed when the site is built: this build serves ${name}=${value}, not the ${run} set now. ` +
        'Build again with the new value to change it.',
    ];
  });
}

/**
 * Seconds from SIGTERM until open connections are cut (SHUTDOWN_TIMEOUT_SECONDS).
 * @param {string | undefined} value
 */
export function shutdownSeconds(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_SHUTDOWN_SECONDS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds above 0, not "${value}"`);
  return seconds;
}

/**
 * Every run-time setting, checked; throws one error naming each unusable variable.
 * @param {Env} env
 */
export function runSettings(env) {
  /** @type {string[]} */
  const problems = [];
  /** @template T @param {() => T} read @returns {T | undefined} */
  const check = (read) => {
    try {
      return read();
    } catch (error) {
      problems.push(/** @type {Error} */ (error).message);
      return undefined;
    }
  };
  const settings = {
    pageCache: check(() => pageCacheFromEnv(env)),
    logLevel: check(() => logLevel(env.LOG_LEVEL)),
    shutdownSeconds: check(() => shutdownSeconds(env.SHUTDOWN_TIMEOUT_SECONDS)) ?? DEFAULT_SHUTDOWN_SECONDS,
  };
  for (const name of ['REDIS_URL', 'FEEDBACK_REDIS_URL']) {
    const url = env[name]?.trim();
    if (url && !/^rediss?:\/\/[^/]/.test(url)) problems.push(`${name} must be a redis:// or rediss:// address`);
  }
  if (problems.length > 0) throw new Error(`The server's settings cannot be used:\n- ${problems.join('\n- ')}`);
  return settings;
}
