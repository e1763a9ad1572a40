// The in-depth answer: the body prose before the "Why this happens" heading.
import type { ReactNode } from 'react';
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { Prose } from './prose';
import { QuestionSection } from './question-section';

export function InDepthAnswer({ title, children }: { title: string; children: ReactNode }) {
  return (
    <QuestionSection id={QUESTION_SECTIONS.inDepth.id} title={title} className="mt-12">
      <Prose>{children}</Prose>
    </QuestionSection>
  );
}
