import type { Metadata } from 'next';
import Link from 'next/link';
import { getCategories, getFeaturedThenNewest } from '@/lib/content/store';
import { CategoryLinks } from '@/components/category-links';
import { SearchForm } from '@/components/search-form';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

const SUGGESTION_COUNT = 6;

export default function NotFound() {
  const questions = getFeaturedThenNewest(SUGGESTION_COUNT);
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        We could not find that page. It may have moved, or the address may be mistyped. Try searching for your question:
      </p>
      <div className="mt-5">
        <SearchForm
          id="not-found-search"
          label="Find the question you were after"
          placeholder="e.g. muscle cramps"
          required
        />
      </div>

      {questions.length > 0 ? (
        <section aria-labelledby="not-found-questions" className="mt-10">
          <h2 id="not-found-questions" className="text-xl font-semibold">
            Popular questions
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {questions.map((question) => (
              <li key={question.slug}>
                <Link href={question.url} className="text-teal-800 underline underline-offset-2 dark:text-teal-300">
                  {question.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="not-found-categories" className="mt-10">
        <h2 id="not-found-categories" className="text-xl font-semibold">
          Browse by category
        </h2>
        <CategoryLinks categories={getCategories()} />
      </section>

      <p className="mt-10">
        <Link href="/" className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
