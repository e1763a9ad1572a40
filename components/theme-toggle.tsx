'use client';
// The light/dark switch: a small client island. The inline head script has already applied the theme,
// so this only reads <html data-theme> and flips it; choosing the system's own theme forgets the
// choice, so the page follows the system again.
import { useEffect, useSyncExternalStore } from 'react';
import { SYSTEM_DARK_QUERY, THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme } from '@/lib/pages/theme-script';
import { MoonIcon, SunIcon } from './icons';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  return () => observer.disconnect();
}

function systemTheme(): Theme {
  return window.matchMedia(SYSTEM_DARK_QUERY).matches ? 'dark' : 'light';
}

function savedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

function currentTheme(): Theme {
  const value = document.documentElement.getAttribute(THEME_ATTRIBUTE);
  return value === 'dark' || value === 'light' ? value : systemTheme();
}

function chooseTheme(theme: Theme) {
  const system = systemTheme();
  try {
    if (theme === system) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice still applies to this page view.
  }
  document.documentElement.setAttribute(THEME_ATTRIBUTE, theme);
}

export function ThemeToggle() {
  // The server cannot know the theme, so it renders no pressed state; the icons follow the CSS theme.
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  // Pages Next renders in the browser (a 404 under a dynamic route) never ran the head script: the CSS
  // already follows the system there, so only a saved choice needs applying.
  useEffect(() => {
    const saved = savedTheme();
    if (saved && !document.documentElement.hasAttribute(THEME_ATTRIBUTE))
      document.documentElement.setAttribute(THEME_ATTRIBUTE, saved);
  }, []);
  return (
    <button
      type="button"
      aria-label="Dark theme"
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
      onClick={() => chooseTheme(theme === 'dark' ? 'light' : 'dark')}
      className="inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <MoonIcon className="h-5 w-5 dark:hidden" />
      <SunIcon className="hidden h-5 w-5 dark:block" />
    </button>
  );
}
