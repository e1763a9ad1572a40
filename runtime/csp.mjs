// @ts-check
// Inline scripts under the Content Security Policy: a production page may run an inline script only
// when its SHA-256 is listed in script-src. The build takes the hashes of the layout's fixed inline
// scripts from the built 404 page (scripts/prepare-standalone.ts -> inline-scripts.json), and the
// server adds them to the policy of every page (./html-response.mjs). Script text a page got from
// anywhere else (content, a request) has no listed hash and does not run.

import { createHash } from 'node:crypto';

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Types a browser runs; anything else (JSON-LD, templates) is data the policy does not cover. */
const RUNNABLE_TYPE = /^\s*(?:|text\/javascript|application\/javascript|module)\s*$/i;

/**
 * The text of every inline script of a page that a browser would run.
 * @param {string} html
 * @returns {string[]}
 */
export function runnableInlineScripts(html) {
  return [...html.matchAll(SCRIPT_ELEMENT)].flatMap(([, attributes = '', text = '']) => {
    if (/\bsrc\s*=/i.test(attributes)) return [];
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    return RUNNABLE_TYPE.test(type) ? [text] : [];
  });
}

/**
 * The CSP source that allows exactly this script text.
 * @param {string} text
 */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy with these sources added to script-src (created from default-src when missing).
 * @param {string} policy
 * @param {readonly string[]} sources
 */
export function allowScripts(policy, sources) {
  if (sources.length === 0) return policy;
  const directives = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = directives.findIndex((part) => /^script-src\s/i.test(part) || part.toLowerCase() === 'script-src');
  if (index >= 0) directives[index] = `${directives[index]} ${sources.join(' ')}`;
  else {
    const fallback = directives.find((part) => /^default-src\s/i.test(part))?.replace(/^default-src/i, 'script-src');
    directives.push(`${fallback ?? "script-src 'self'"} ${sources.join(' ')}`);
  }
  return directives.join('; ');
}
