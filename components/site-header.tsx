// The site header: the name, home link, search box, main navigation and the theme toggle.
import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2.5 sm:px-6 sm:py-3">
        <Link
          href="/"
          prefetch={false}
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
        {/* On phones search and navigation share a second row; the toggle stays beside the name. */}
        <div className="order-last flex w-full items-center gap-4 lg:order-none lg:w-auto lg:gap-5">
          {/* min-w-0 lets the search box give way so the links always fit beside it on a phone. */}
          <div className="min-w-0 flex-1 lg:flex-none">
            <SearchBox />
          </div>
          <nav aria-label="Main" className="flex-none">
            <ul className="flex gap-4 text-sm font-medium text-slate-700 lg:gap-5 dark:text-slate-300">
              <li>
                <Link
                  href="/a-z"
                  prefetch={false}
                  className="inline-block py-1 hover:text-teal-800 dark:hover:text-teal-300"
                >
                  A–Z
                </Link>
              </li>
              <li>
                <Link
                  href="/categories"
                  prefetch={false}
                  className="inline-block py-1 hover:text-teal-800 dark:hover:text-teal-300"
                >
                  Categories
                </Link>
              </li>
              <li>
                <Link
                  href="/tags"
                  prefetch={false}
                  className="inline-block py-1 hover:text-teal-800 dark:hover:text-teal-300"
                >
                  Topics
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <ThemeToggle />
      </div>
    </header>
  );
}
