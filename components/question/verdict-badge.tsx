// A verdict badge that always says what the verdict means, never a bare label.
import { VERDICTS, type VerdictId } from '@/lib/content/verdicts';
import { CheckIcon, CrossIcon, ScaleIcon } from '../icons';
import { LinkedText } from '../linked-text';

const TONES = {
  positive: {
    box: 'ring-emerald-700/25 dark:ring-emerald-300/25',
    icon: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200',
    label: 'text-emerald-900 dark:text-emerald-200',
    Icon: CheckIcon,
  },
  negative: {
    box: 'ring-rose-700/25 dark:ring-rose-300/25',
    icon: 'bg-rose-100 text-rose-800 dark:bg-rose-900 dark:text-rose-200',
    label: 'text-rose-900 dark:text-rose-200',
    Icon: CrossIcon,
  },
  neutral: {
    box: 'ring-amber-700/25 dark:ring-amber-300/25',
    icon: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
    label: 'text-amber-900 dark:text-amber-200',
    Icon: ScaleIcon,
  },
} as const;

export function VerdictBadge({ verdict, note }: { verdict: VerdictId; note?: string }) {
  const { label, meaning, tone } = VERDICTS[verdict];
  const { box, icon, label: labelClasses, Icon } = TONES[tone];
  return (
    <div
      data-section="verdict"
      className={`mt-4 flex gap-3 rounded-xl bg-white p-3 ring-1 sm:p-4 dark:bg-slate-900 ${box}`}
    >
      <span className={`grid h-8 w-8 flex-none place-items-center rounded-full ${icon}`}>
        <Icon className="h-4.5 w-4.5" />
      </span>
      <div className="min-w-0">
        <p className={`font-semibold ${labelClasses}`}>
          <span className="font-normal text-slate-600 dark:text-slate-400">Verdict: </span>
          {label}
        </p>
        <p className="mt-0.5 text-sm leading-snug text-slate-800 dark:text-slate-200">
          {note ? <LinkedText text={note} /> : meaning}
        </p>
        {note ? (
          <p className="mt-1 text-xs leading-snug text-slate-600 dark:text-slate-400">
            “{label}” means: {meaning}
          </p>
        ) : null}
      </div>
    </div>
  );
}
