// Category cards (title, description, question count), shared by the home page and /categories.
import Link from 'next/link';
import type { CategoryEntry } from '@/lib/content/types';

export function CategoryList({ categories, counts }: { categories: CategoryEntry[]; counts: Map<string, number> }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {categories.map((category) => {
        const count = counts.get(category.slug) ?? 0;
        return (
          <li
            key={category.slug}
            className="rounded-xl border border-slate-200 p-5 dark:border-slate-800 dark:bg-slate-900/50"
          >
            <h3 className="text-lg font-semibold">
              <Link
                href={category.url}
                prefetch={false}
                className="text-slate-900 hover:text-teal-800 hover:underline dark:text-slate-100 dark:hover:text-teal-300"
              >
                {category.title}
              </Link>
            </h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{category.description}</p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {count} {count === 1 ? 'question' : 'questions'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
