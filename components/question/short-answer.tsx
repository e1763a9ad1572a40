// The short answer, with the verdict badge beside it, so both sit above the fold on a phone.
import type { VerdictId } from '@/lib/verdicts';
import { LinkedText } from '../linked-text';
import { VerdictBadge } from './verdict-badge';
import { QuestionSection } from './question-section';

interface ShortAnswerProps {
  text: string;
  verdict?: VerdictId;
  verdictNote?: string;
}

export function ShortAnswer({ text, verdict, verdictNote }: ShortAnswerProps) {
  return (
    <QuestionSection
      id="short-answer"
      title="Short answer"
      className="mt-8 rounded-xl border border-sky-200 bg-sky-50 p-5 dark:border-sky-900 dark:bg-sky-950/40"
    >
      <p className="text-lg leading-relaxed text-slate-900 dark:text-slate-100">
        <LinkedText text={text} />
      </p>
      {verdict ? <VerdictBadge verdict={verdict} note={verdictNote} /> : null}
    </QuestionSection>
  );
}
