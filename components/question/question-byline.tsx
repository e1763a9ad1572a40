// The line under a question's title: how long the answer takes to read, when it last changed, and
// who reviewed it (from the reviewer registry) when someone has.
import { formatDate, isoDay } from '@/lib/content/dates';
import type { Reviewer } from '@/lib/trust/reviewers';
import { ClockIcon } from '../icons';

interface QuestionBylineProps {
  readingMinutes: number;
  published: string;
  updated: string;
  /** Both or neither: a review is named only with its date. */
  review?: { reviewer: Pick<Reviewer, 'name' | 'credentials' | 'profileUrl'>; date: string };
}

export function QuestionByline({ readingMinutes, published, updated, review }: QuestionBylineProps) {
  const changed = updated !== published;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
      <span className="inline-flex items-center gap-1.5">
        <ClockIcon className="h-4 w-4" />
        {readingMinutes} min read
      </span>
      <span aria-hidden="true">·</span>
      <span>
        {changed ? 'Updated' : 'Published'}{' '}
        <time dateTime={isoDay(changed ? updated : published)}>{formatDate(changed ? updated : published)}</time>
      </span>
      {review ? (
        <>
          <span aria-hidden="true">·</span>
          <span data-byline="reviewer">
            Reviewed by{' '}
            <a
              href={review.reviewer.profileUrl}
              rel="noopener noreferrer external"
              className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 dark:text-teal-300"
            >
              {review.reviewer.name}
            </a>
            , {review.reviewer.credentials}, on <time dateTime={isoDay(review.date)}>{formatDate(review.date)}</time>
          </span>
        </>
      ) : null}
    </p>
  );
}
