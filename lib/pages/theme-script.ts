// The theme: the inline script that applies it before the first paint (no flash of the wrong theme),
// and the names the theme toggle shares with it. The layout renders the script inline; the Content
// Security Policy allows it by the hash the build takes from the built page (runtime/csp.mjs).

/** localStorage key holding the reader's explicit choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

/** The attribute on <html> that the `dark:` variant (app/globals.css) reads. */
export const THEME_ATTRIBUTE = 'data-theme';

export type Theme = 'light' | 'dark';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

/** Marks the theme toggle button (components/theme-toggle.tsx); the head script handles its clicks. */
export const THEME_TOGGLE_ATTRIBUTE = 'data-theme-toggle';

/**
 * Runs in <head> before the body is parsed: sets data-theme from the saved choice or the system
 * setting, and keeps following the system while no choice is saved. It also runs the theme toggle
 * (a click listener on the document, so the button works as soon as it is painted and the toggle
 * costs no React island to hydrate): a click flips the theme, and choosing the system's own theme
 * forgets the choice, so the page follows the system again. The button's pressed state follows the
 * theme. Kept short: every page carries it (twice where a page keeps the client runtime: in <head>
 * and in the RSC payload). Plain ES5 so it runs everywhere; wrapped in try because localStorage
 * throws when storage is blocked.
 */
export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,m=window.matchMedia('${SYSTEM_DARK_QUERY}'),k='${THEME_STORAGE_KEY}',A='${THEME_ATTRIBUTE}',T='[${THEME_TOGGLE_ATTRIBUTE}]';function y(){return m.matches?'dark':'light'}function s(){try{var v=localStorage.getItem(k);return v=='light'||v=='dark'?v:0}catch(e){}}function p(){var b=document.querySelectorAll(T),i=0;for(;i<b.length;i++)b[i].setAttribute('aria-pressed',d.getAttribute(A)=='dark')}function a(){d.setAttribute(A,s()||y());p()}a();m.addEventListener('change',a);document.addEventListener('DOMContentLoaded',p);document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest(T);if(b){var t=d.getAttribute(A)=='dark'?'light':'dark';try{t==y()?localStorage.removeItem(k):localStorage.setItem(k,t)}catch(x){}d.setAttribute(A,t);p()}})}catch(e){}})()`;
