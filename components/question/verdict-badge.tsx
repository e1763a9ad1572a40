// A verdict badge that always says what the verdict means, never a bare label.
import { LinkedText } from '../linked-text';
import { VERDICTS, type VerdictId } from '@/lib/verdicts';

const TONE_CLASSES = {
  positive: 'bg-emerald-50 text-emerald-900 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-100',
  negative: 'bg-rose-50 text-rose-900 ring-rose-600/30 dark:bg-rose-950 dark:text-rose-100',
  neutral: 'bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-100',
} as const;

export function VerdictBadge({ verdict, note }: { verdict: VerdictId; note?: string }) {
  const { label, meaning, tone } = VERDICTS[verdict];
  return (
    <div data-section="verdict" className={`mt-4 rounded-lg px-4 py-3 ring-1 ring-inset ${TONE_CLASSES[tone]}`}>
      <p className="font-semibold">
        <span className="sr-only">Verdict: </span>
        {label}
      </p>
      <p className="mt-1 text-sm">{note ? <LinkedText text={note} /> : meaning}</p>
      {note ? (
        <p className="mt-1 text-xs opacity-80">
          “{label}” means: {meaning}
        </p>
      ) : null}
    </div>
  );
}
