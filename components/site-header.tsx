// The site header: the name, home link, search box and main navigation.
import Link from 'next/link';
import { site } from '@/lib/site';
import { SearchBox } from './search-box';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-slate-900 dark:text-white">
          {site.name}
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium text-slate-700 dark:text-slate-200">
            <li>
              <Link href="/categories" className="hover:text-sky-700 dark:hover:text-sky-300">
                Categories
              </Link>
            </li>
            <li>
              <Link href="/tags" className="hover:text-sky-700 dark:hover:text-sky-300">
                Topics
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
