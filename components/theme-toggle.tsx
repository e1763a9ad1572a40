// The light/dark switch: a plain button, server-rendered, with no React island behind it. The inline
// head script (lib/pages/theme-script.ts) runs it: it listens for clicks on any element carrying
// THEME_TOGGLE_ATTRIBUTE and keeps the button's pressed state in step with the theme, so
// the toggle works from the first paint, before (and without) the app's bundles.
import { THEME_TOGGLE_ATTRIBUTE } from '@/lib/pages/theme-script';
import { MoonIcon, SunIcon } from './icons';

export function ThemeToggle() {
  return (
    <button
      type="button"
      aria-label="Dark theme"
      {...{ [THEME_TOGGLE_ATTRIBUTE]: '' }}
      // The head script sets aria-pressed before React hydrates; it is the page's, not React's.
      suppressHydrationWarning
      title="Switch between the light and dark themes"
      className="inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <MoonIcon className="h-5 w-5 dark:hidden" />
      <SunIcon className="hidden h-5 w-5 dark:block" />
    </button>
  );
}
