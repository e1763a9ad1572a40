// A list of questions: each with its title, verdict, reading time and date, and (unless compact)
// its summary. Compact lists serve the home and category pages, where a reader scans titles on a phone.
import Link from 'next/link';
import type { QuestionEntry } from '@/lib/content/types';
import { formatDate, isoDay } from '@/lib/content/dates';
import { VERDICTS } from '@/lib/content/verdicts';

export type ListedQuestion = Pick<
  QuestionEntry,
  'slug' | 'url' | 'title' | 'summary' | 'verdict' | 'readingMinutes' | 'published' | 'draft'
>;

interface QuestionListProps {
  questions: readonly ListedQuestion[];
  compact?: boolean;
}

export function QuestionList({ questions, compact = false }: QuestionListProps) {
  return (
    <ul
      className={`divide-y divide-slate-200 dark:divide-slate-800 ${compact ? 'mt-2' : 'mt-4'}`}
      data-list={compact ? 'compact' : 'full'}
    >
      {questions.map((question) => (
        <li key={question.slug} className={compact ? 'py-3' : 'py-5'}>
          <h3 className={`${compact ? 'text-base' : 'text-lg'} leading-snug font-semibold text-balance`}>
            <Link
              href={question.url}
              prefetch={false}
              className="text-slate-900 hover:text-teal-800 hover:underline dark:text-slate-100 dark:hover:text-teal-300"
            >
              {question.title}
            </Link>
            {question.draft ? (
              <span className="ml-2 rounded bg-amber-200 px-1.5 text-xs text-amber-950">Draft</span>
            ) : null}
          </h3>
          {compact ? null : (
            <p className="mt-1.5 leading-relaxed text-slate-700 dark:text-slate-300">{question.summary}</p>
          )}
          <p
            className={`flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400 ${compact ? 'mt-1' : 'mt-2'}`}
          >
            {question.verdict ? (
              <span className="font-medium text-teal-800 dark:text-teal-300">{VERDICTS[question.verdict].label}</span>
            ) : null}
            <span>{question.readingMinutes} min read</span>
            <time dateTime={isoDay(question.published)}>{formatDate(question.published)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
