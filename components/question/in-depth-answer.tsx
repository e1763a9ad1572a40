// The in-depth answer: the body prose before the "Why this happens" heading.
import type { ReactNode } from 'react';
import { QuestionSection } from './question-section';

export function InDepthAnswer({ title, children }: { title: string; children: ReactNode }) {
  return (
    <QuestionSection id="in-depth-answer" title={title} className="mt-10">
      <div className="prose prose-slate max-w-none dark:prose-invert">{children}</div>
    </QuestionSection>
  );
}
