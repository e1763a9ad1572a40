import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/lib/metadata';
import { getCategories, getQuestions } from '@/lib/content';
import { categoryCounts } from '@/lib/taxonomy';

export const metadata: Metadata = pageMetadata({
  title: 'All categories',
  description: 'Browse every health and fitness category.',
  path: '/categories',
});

export default function CategoriesPage() {
  const counts = categoryCounts(getQuestions());
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">All categories</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {getCategories().map((category) => (
          <li key={category.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="text-lg font-semibold">
              <Link href={category.url} className="hover:text-sky-700 dark:hover:text-sky-300">
                {category.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{category.description}</p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {counts.get(category.slug) ?? 0} {counts.get(category.slug) === 1 ? 'question' : 'questions'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
