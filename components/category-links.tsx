// Every category as a compact link, for pages that offer a way in when a reader is lost (404, search).
import Link from 'next/link';
import type { CategoryEntry } from '@/lib/content/types';

export function CategoryLinks({ categories }: { categories: readonly CategoryEntry[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-3">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            href={category.url}
            className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-teal-700 dark:border-slate-600 dark:hover:border-teal-400"
          >
            {category.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
