// A breadcrumb trail (Home › Category › Question); the last crumb is the current page.
import Link from 'next/link';
import type { Crumb } from '@/lib/pages/breadcrumbs';

export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, i) => (
          <li key={crumb.path} className="flex items-center gap-x-2">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {i === trail.length - 1 ? (
              <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                {crumb.name}
              </span>
            ) : (
              <Link
                href={crumb.path}
                prefetch={false}
                className="underline-offset-2 hover:text-teal-800 hover:underline dark:hover:text-teal-300"
              >
                {crumb.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
