// @ts-check
// Readers' pages are documents, not an app: no hydration, no client-side router. Links are plain links
// and the few interactive parts are inline scripts each page renders itself. Next renders every page
// with its client runtime; this removes it from the HTML: the runtime's script tags and their
// preloads, the inline React Flight data (the page repeated for hydration) and Turbopack's bootstrap.
// Every other script stays (JSON-LD, the page's own inline scripts). Pure string work: the server's
// response layer (./html-response.mjs) and the page-weight benchmark use it.

const RUNTIME_SCRIPT_SRC = /\bsrc="[^"]*\/_next\/static\/[^"]*"/;
const RUNTIME_INLINE = /^\s*(?:\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\]\s*\|\|)/;
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const LINK_ELEMENT = /<link\b[^>]*>/g;

/**
 * Whether an inline script's text is part of Next's client runtime (Flight data, Turbopack's bootstrap).
 * @param {string} text
 */
export function isRuntimeInlineScript(text) {
  return RUNTIME_INLINE.test(text);
}

/** @param {string} tag */
function isRuntimePreload(tag) {
  return /\brel="(?:preload|modulepreload)"/.test(tag) && /\bhref="[^"]*\/_next\/static\/[^"]*\.js"/.test(tag);
}

/**
 * The page without Next's client runtime.
 * @param {string} html
 * @returns {string}
 */
export function stripClientRuntime(html) {
  return html
    .replace(SCRIPT_ELEMENT, (element, attributes, content) =>
      RUNTIME_SCRIPT_SRC.test(attributes) || isRuntimeInlineScript(content) ? '' : element,
    )
    .replace(LINK_ELEMENT, (tag) => (isRuntimePreload(tag) ? '' : tag));
}

/**
 * Whether a page still carries any part of Next's client runtime (what the tests assert never reaches a reader).
 * @param {string} html
 */
export function shipsClientRuntime(html) {
  return stripClientRuntime(html) !== html;
}
