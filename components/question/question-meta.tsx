// The question's category, tags (each its own link) and its published/updated/reviewed dates.
import Link from 'next/link';
import type { CategoryEntry, TagRef } from '@/lib/content/types';
import { formatDate, isoDay } from '@/lib/content/dates';
import { tagPath } from '@/lib/content/paths';
import type { ReviewDates } from '@/lib/trust/review-dates';

interface QuestionMetaProps {
  category: CategoryEntry;
  tags: TagRef[];
  published: string;
  updated: string;
  reviewed?: string;
  reviewer?: string;
  reviewDates: ReviewDates;
}

function DateLine({ label, iso }: { label: string; iso: string }) {
  return (
    <div>
      <dt className="inline font-medium text-slate-900 dark:text-slate-100">{label}: </dt>
      <dd className="inline">
        <time dateTime={isoDay(iso)}>{formatDate(iso)}</time>
      </dd>
    </div>
  );
}

export function QuestionMeta({
  category,
  tags,
  published,
  updated,
  reviewed,
  reviewer,
  reviewDates,
}: QuestionMetaProps) {
  return (
    <footer
      data-section="meta"
      className="mt-12 space-y-4 border-t border-slate-200 pt-6 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300"
    >
      <p>
        <span className="font-medium text-slate-900 dark:text-slate-100">Category: </span>
        <Link
          href={category.url}
          prefetch={false}
          className="text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
        >
          {category.title}
        </Link>
      </p>
      {tags.length > 0 ? (
        <div className="print:hidden">
          <h2 className="sr-only">Tags</h2>
          <ul aria-label="Tags" className="flex flex-wrap gap-2">
            {tags.map((tag) => (
              <li key={tag.slug}>
                <Link
                  href={tagPath(tag.slug)}
                  prefetch={false}
                  className="inline-block rounded-full bg-slate-100 px-3 py-1 text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <DateLine label="Published" iso={published} />
        {updated !== published ? <DateLine label="Updated" iso={updated} /> : null}
        {reviewed ? <DateLine label={reviewer ? `Reviewed by ${reviewer}` : 'Reviewed'} iso={reviewed} /> : null}
      </dl>
      <dl data-review-dates className="flex flex-wrap gap-x-6 gap-y-1">
        <DateLine label="Page last reviewed" iso={reviewDates.lastReviewed} />
        <DateLine label="Next review due" iso={reviewDates.nextReviewDue} />
      </dl>
    </footer>
  );
}
