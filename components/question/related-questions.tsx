// Related questions (computed once per build in lib/related.ts), each a link with its summary.
import Link from 'next/link';
import type { QuestionEntry } from '@/lib/content-types';
import { QuestionSection } from './question-section';

export function RelatedQuestions({
  questions,
}: {
  questions: Pick<QuestionEntry, 'slug' | 'url' | 'title' | 'summary'>[];
}) {
  if (questions.length === 0) return null;
  return (
    <QuestionSection id="related-questions" title="Related questions" className="mt-10">
      <ul className="space-y-4">
        {questions.map((question) => (
          <li key={question.slug}>
            <Link
              href={question.url}
              className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
            >
              {question.title}
            </Link>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{question.summary}</p>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
