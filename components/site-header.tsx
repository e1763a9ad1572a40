// The site header: the name, home link, main navigation and the theme toggle.
import Link from 'next/link';
import { site } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2.5 sm:px-6 sm:py-3">
        <Link
          href="/"
          className="mr-auto flex items-center gap-2 py-1 text-base font-semibold tracking-tight text-slate-900 sm:text-lg dark:text-white"
        >
          <span
            aria-hidden="true"
            className="grid h-7 w-7 place-items-center rounded-lg bg-teal-700 text-base leading-none font-bold text-white dark:bg-teal-400 dark:text-slate-950"
          >
            +
          </span>
          {site.name}
        </Link>
        {/* On phones the navigation takes its own row under the name; the toggle stays beside the name. */}
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-5 text-sm font-medium text-slate-700 dark:text-slate-300">
            <li>
              <Link href="/categories" className="inline-block py-1 hover:text-teal-800 dark:hover:text-teal-300">
                Categories
              </Link>
            </li>
            <li>
              <Link href="/tags" className="inline-block py-1 hover:text-teal-800 dark:hover:text-teal-300">
                Topics
              </Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
