'use client';
// Shown when rendering a page fails. Never shows the error itself: in production Next replaces server
// error messages with a digest, and we show only that reference so a report can be matched to the log.
import Link from 'next/link';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        This page could not be shown just now. Please try again in a moment.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Reference: {error.digest}</p>
      ) : null}
      <p className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 dark:bg-sky-600"
        >
          Try again
        </button>
        <Link href="/" className="self-center font-medium text-sky-800 underline dark:text-sky-300">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
