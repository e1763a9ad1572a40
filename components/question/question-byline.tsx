// The line under a question's title: how long the answer takes to read and when it last changed.
import { formatDate, isoDay } from '@/lib/content/dates';
import { ClockIcon } from '../icons';

interface QuestionBylineProps {
  readingMinutes: number;
  published: string;
  updated: string;
}

export function QuestionByline({ readingMinutes, published, updated }: QuestionBylineProps) {
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
    </p>
  );
}
