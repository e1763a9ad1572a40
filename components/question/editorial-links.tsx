// The line under every answer that says how it was made and how to report a mistake in it.
import Link from 'next/link';
import { site } from '@/lib/site';

const LINK =
  'text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40';

export function EditorialLinks({ title, url }: { title: string; url: string }) {
  const subject = encodeURIComponent(`Mistake on "${title}"`);
  const body = encodeURIComponent(`Page: ${url}\n\nWhat is wrong:\n\nA source that shows it (if you have one):\n`);
  return (
    <p data-section="editorial-links" className="mt-6 text-sm text-slate-700 dark:text-slate-300">
      <Link href={site.editorialPolicyPath} prefetch={false} className={LINK}>
        How we write and check our answers
      </Link>
      <span aria-hidden="true"> · </span>
      <a href={`mailto:${site.correctionsEmail}?subject=${subject}&body=${body}`} className={LINK}>
        Report a mistake on this page
      </a>
    </p>
  );
}
