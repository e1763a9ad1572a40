// The theme: the inline script that applies it before the first paint (no flash of the wrong theme),
// and the names the theme toggle shares with it. The script's exact text is exported so the Content
// Security Policy can allow it by hash.

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
 * forgets the choice, so the page follows the system again. The button's pressed state and title
 * follow the theme. Plain ES5 so it runs everywhere; wrapped in try because localStorage throws
 * when storage is blocked.
 */
export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,m=window.matchMedia('${SYSTEM_DARK_QUERY}'),k='${THEME_STORAGE_KEY}',A='${THEME_ATTRIBUTE}',T='[${THEME_TOGGLE_ATTRIBUTE}]';function sys(){return m.matches?'dark':'light'}function saved(){try{var s=localStorage.getItem(k);return s==='light'||s==='dark'?s:null}catch(e){return null}}function show(){var t=d.getAttribute(A),b=document.querySelectorAll(T);for(var i=0;i<b.length;i++){b[i].setAttribute('aria-pressed',t==='dark'?'true':'false');b[i].setAttribute('title',t==='dark'?'Switch to the light theme':'Switch to the dark theme')}}function a(){d.setAttribute(A,saved()||sys());show()}a();m.addEventListener('change',a);document.addEventListener('DOMContentLoaded',show);document.addEventListener('click',function(e){var b=e.target&&e.target.closest?e.target.closest(T):null;if(!b)return;var t=d.getAttribute(A)==='dark'?'light':'dark';try{if(t===sys())localStorage.removeItem(k);else localStorage.setItem(k,t)}catch(x){}d.setAttribute(A,t);show()})}catch(e){}})()`;
