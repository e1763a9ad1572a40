// Category cards (title, description, question count), shared by the home page and /categories.
import Link from 'next/link';
import type { CategoryEntry } from '@/lib/content-types';

export function CategoryList({ categories, counts }: { categories: CategoryEntry[]; counts: Map<string, number> }) {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {categories.map((category) => {
        const count = counts.get(category.slug) ?? 0;
        return (
          <li key={category.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="text-lg font-semibold">
              <Link href={category.url} className="hover:text-sky-700 dark:hover:text-sky-300">
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
