// The theme: the inline script that applies it before the first paint (no flash of the wrong theme),
// and the names the theme toggle shares with it. The script's exact text is exported so the Content
// Security Policy can allow it by hash.

/** localStorage key holding the reader's explicit choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

/** The attribute on <html> that the `dark:` variant (app/globals.css) reads. */
export const THEME_ATTRIBUTE = 'data-theme';

export type Theme = 'light' | 'dark';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Runs in <head> before the body is parsed: sets data-theme from the saved choice or the system
 * setting, and keeps following the system while no choice is saved. Plain ES5 so it runs everywhere;
 * wrapped in try because localStorage throws when storage is blocked.
 */
export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,m=window.matchMedia('${SYSTEM_DARK_QUERY}');function a(){var s=null;try{s=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}d.setAttribute('${THEME_ATTRIBUTE}',s==='light'||s==='dark'?s:m.matches?'dark':'light')}a();m.addEventListener('change',a)}catch(e){}})()`;
