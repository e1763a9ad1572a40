// "Why this happens" (or "Why it matters"): the body's explanatory subsections.
import type { ReactNode } from 'react';
import { QuestionSection } from './question-section';

export function WhyThisHappens({ title, children }: { title: string; children: ReactNode }) {
  return (
    <QuestionSection id="why-this-happens" title={title} className="mt-10">
      <div className="prose prose-slate max-w-none dark:prose-invert">{children}</div>
    </QuestionSection>
  );
}
