// Related questions (computed once per build in lib/content/related.ts), each a link with its summary.
import Link from 'next/link';
import type { QuestionEntry } from '@/lib/content/types';
import { QuestionSection } from './question-section';

export function RelatedQuestions({
  questions,
}: {
  questions: Pick<QuestionEntry, 'slug' | 'url' | 'title' | 'summary'>[];
}) {
  if (questions.length === 0) return null;
  return (
    <QuestionSection id="related-questions" title="Related questions" className="mt-12 print:hidden">
      <ul className="space-y-4">
        {questions.map((question) => (
          <li key={question.slug}>
            <Link
              href={question.url}
              className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
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
