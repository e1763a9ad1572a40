// @ts-check
// The start-up check of the settings fixed when the site is built (lib/settings.ts). The build wrote
// its pages, feeds, sitemap and robots.txt with them and compiled them into the server, and recorded
// them in build-settings.json beside this file (scripts/prepare-standalone.ts). A run that sets one
// differently still serves the build's value: say so at start, once per setting, instead of serving
// a site that looks reconfigured but is not.
import { readFileSync } from 'node:fs';

/** @typedef {Record<string, string>} BuildSettings */

/**
 * The build's settings, or undefined when the file is missing or unreadable (a build older than the record).
 * @param {URL | string} file
 * @returns {BuildSettings | undefined}
 */
export function readBuildSettings(file) {
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
 * @param {Record<string, string | undefined>} env
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
