import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        We could not find that page. It may have moved, or the address may be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-sky-800 underline dark:text-sky-300">
          Go to the latest questions
        </Link>{' '}
        or{' '}
        <Link href="/categories" className="font-medium text-sky-800 underline dark:text-sky-300">
          browse all categories
        </Link>
        .
      </p>
    </div>
  );
}
