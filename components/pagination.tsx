// Previous/next and numbered page links for a paginated list; page 1 is the list's base route. Where
// pages carry Next's client runtime (`next dev`, error pages) only the next page, the likely next
// step, is prefetched when the links come into view.
import Link from 'next/link';
import { pageHref } from '@/lib/pages/pagination';

interface PaginationProps {
  basePath: string;
  page: number;
  pageCount: number;
}

const LINK = 'rounded px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800';

export function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={pageHref(basePath, page - 1)} rel="prev" prefetch={false} className={LINK}>
              ← Previous
            </Link>
          </li>
        ) : null}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span
                aria-current="page"
                className="rounded bg-slate-900 px-3 py-1 text-white dark:bg-slate-100 dark:text-slate-900"
              >
                {n}
              </span>
            ) : (
              <Link href={pageHref(basePath, n)} aria-label={`Page ${n}`} prefetch={false} className={LINK}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={pageHref(basePath, page + 1)} rel="next" className={LINK}>
              Next →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
