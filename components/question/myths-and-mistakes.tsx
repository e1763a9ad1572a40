// Common myths and mistakes: the claim, then what is actually true.
import { LinkedText } from '../linked-text';
import { QuestionSection } from './question-section';

interface MythOrMistake {
  kind: 'myth' | 'mistake';
  claim: string;
  correction: string;
}

const KIND_LABEL = { myth: 'Myth', mistake: 'Mistake' } as const;

export function MythsAndMistakes({ items }: { items: MythOrMistake[] }) {
  if (items.length === 0) return null;
  return (
    <QuestionSection id="myths-and-mistakes" title="Common myths and mistakes" className="mt-10">
      <ul className="space-y-4">
        {items.map((item) => (
          <li key={item.claim} className="rounded-lg bg-slate-50 p-4 dark:bg-slate-800/60">
            <p className="font-semibold text-slate-900 dark:text-slate-100">
              <span className="mr-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs uppercase tracking-wide text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                {KIND_LABEL[item.kind]}
              </span>
              {item.claim}
            </p>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              <span className="font-medium">In fact: </span>
              <LinkedText text={item.correction} />
            </p>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
