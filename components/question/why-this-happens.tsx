// "Why this happens" (or "Why it matters"): the body's explanatory subsections.
import type { ReactNode } from 'react';
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { Prose } from './prose';
import { QuestionSection } from './question-section';

export function WhyThisHappens({ title, children }: { title: string; children: ReactNode }) {
  return (
    <QuestionSection id={QUESTION_SECTIONS.why.id} title={title} className="mt-12">
      <Prose>{children}</Prose>
    </QuestionSection>
  );
}
