// Common myths and mistakes: the claim, then what is actually true, marked so each can be scanned.
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { CheckIcon, CrossIcon } from '../icons';
import { QuestionSection } from './question-section';
import { LinkedText } from '../linked-text';

interface MythOrMistake {
  kind: 'myth' | 'mistake';
  claim: string;
  correction: string;
}

const KIND_LABEL = { myth: 'Myth', mistake: 'Mistake' } as const;

export function MythsAndMistakes({ items }: { items: MythOrMistake[] }) {
  if (items.length === 0) return null;
  return (
    <QuestionSection id={QUESTION_SECTIONS.myths.id} title={QUESTION_SECTIONS.myths.title} className="mt-12">
      <ul className="space-y-3">
        {items.map((item) => (
          <li
            key={item.claim}
            className="overflow-hidden sm:text-[1.0625rem] rounded-xl border border-slate-200 dark:border-slate-800"
          >
            <p className="flex gap-3 bg-rose-50 px-4 py-3 font-semibold text-slate-900 dark:bg-rose-950/40 dark:text-slate-100">
              <CrossIcon className="mt-0.5 h-5 w-5 flex-none text-rose-700 dark:text-rose-300" />
              <span>
                <span className="mr-2 inline-block rounded bg-rose-100 px-1.5 py-0.5 align-[0.1em] text-xs font-semibold tracking-wide text-rose-900 uppercase dark:bg-rose-900 dark:text-rose-100">
                  {KIND_LABEL[item.kind]}
                </span>
                {item.claim}
              </span>
            </p>
            <p className="flex gap-3 px-4 py-3 leading-relaxed text-slate-700 dark:text-slate-300">
              <CheckIcon className="mt-0.5 h-5 w-5 flex-none text-emerald-700 dark:text-emerald-400" />
              <span>
                <span className="font-semibold text-slate-900 dark:text-slate-100">In fact: </span>
                <LinkedText text={item.correction} />
              </span>
            </p>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
