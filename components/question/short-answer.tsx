// The short answer, with the verdict badge beside it, so both sit above the fold on a phone.
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import type { VerdictId } from '@/lib/content/verdicts';
import { VerdictBadge } from './verdict-badge';
import { QuestionSection } from './question-section';
import { LinkedText } from '../linked-text';

interface ShortAnswerProps {
  text: string;
  verdict?: VerdictId;
  verdictNote?: string;
}

export function ShortAnswer({ text, verdict, verdictNote }: ShortAnswerProps) {
  return (
    <QuestionSection
      id={QUESTION_SECTIONS.shortAnswer.id}
      title={QUESTION_SECTIONS.shortAnswer.title}
      className="mt-6 rounded-2xl bg-teal-50 p-5 ring-1 ring-teal-900/10 sm:p-6 dark:bg-teal-950/50 dark:ring-teal-300/15"
      headingClassName="text-xs font-semibold tracking-widest text-teal-800 uppercase dark:text-teal-300"
    >
      <p className="text-[1.0625rem] leading-relaxed text-slate-900 sm:text-lg dark:text-slate-50">
        <LinkedText text={text} />
      </p>
      {verdict ? <VerdictBadge verdict={verdict} note={verdictNote} /> : null}
    </QuestionSection>
  );
}
