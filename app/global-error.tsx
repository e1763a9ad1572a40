'use client';
// Replaces the whole document when the root layout itself fails, so it brings its own <html> and
// <body>. Like app/error.tsx it shows a reference, never the error message or stack.
import './globals.css';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="mt-3">The site could not be shown just now. Please try again in a moment.</p>
          {error.digest ? <p className="mt-2 text-sm">Reference: {error.digest}</p> : null}
          <p className="mt-6">
            {/* A plain link: the client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-medium text-sky-800 underline dark:text-sky-300">
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
