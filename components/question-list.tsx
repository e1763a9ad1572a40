// A list of question cards (title, summary, verdict, reading time, date), shared by the home, category
// and tag pages.
import Link from 'next/link';
import type { QuestionEntry } from '@/lib/content/types';
import { formatDate, isoDay } from '@/lib/content/dates';
import { VERDICTS } from '@/lib/content/verdicts';

export function QuestionList({ questions }: { questions: QuestionEntry[] }) {
  return (
    <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
      {questions.map((question) => (
        <li key={question.slug} className="py-5">
          <h3 className="text-lg leading-snug font-semibold text-balance">
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
          <p className="mt-1.5 leading-relaxed text-slate-700 dark:text-slate-300">{question.summary}</p>
          <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
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
