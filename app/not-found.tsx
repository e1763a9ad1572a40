import type { Metadata } from 'next';
import Link from 'next/link';
import { getCategories, getQuestions } from '@/lib/content/store';
import { featuredThenNewest } from '@/lib/content/questions';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

const SUGGESTION_COUNT = 6;

export default function NotFound() {
  const questions = featuredThenNewest(getQuestions(), SUGGESTION_COUNT);
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        We could not find that page. It may have moved, or the address may be mistyped. Try searching for your question:
      </p>
      {/* A plain GET form so the search works without JavaScript. */}
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Find the question you were after"
        className="mt-5 flex gap-2"
      >
        <label htmlFor="not-found-search" className="sr-only">
          Search questions
        </label>
        <input
          id="not-found-search"
          type="search"
          name="q"
          required
          placeholder="e.g. muscle cramps"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <button
          type="submit"
          className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 dark:bg-teal-400 dark:text-slate-950 dark:hover:bg-teal-300"
        >
          Search
        </button>
      </form>

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
        <ul className="mt-3 flex flex-wrap gap-3">
          {getCategories().map((category) => (
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
      </section>

      <p className="mt-10">
        <Link href="/" className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
