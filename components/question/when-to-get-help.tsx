// The question's warning signs as NHS-style boxes, most urgent first: red for what needs 999, A&E or
// an urgent treatment centre, amber for an urgent GP appointment or NHS 111, blue for a GP or
// pharmacist. Each box's heading (its action) comes from data/help-actions.ts, never from the page.
import type { HelpLevel } from '@/data/help-actions';
import type { HelpBoxView } from '@/lib/pages/help-boxes';
import { LinkedText } from '../linked-text';

const LEVEL_STYLES: Record<HelpLevel, { frame: string; heading: string }> = {
  immediate: {
    frame: 'border-red-700 dark:border-red-400',
    heading: 'bg-red-700 text-white dark:bg-red-800',
  },
  urgent: {
    frame: 'border-amber-700 dark:border-amber-400',
    heading: 'bg-amber-800 text-white dark:bg-amber-900',
  },
  'non-urgent': {
    frame: 'border-sky-700 dark:border-sky-400',
    heading: 'bg-sky-700 text-white dark:bg-sky-800',
  },
};

function HelpBox({ box }: { box: HelpBoxView }) {
  const headingId = `when-to-get-help-${box.action}`;
  const style = LEVEL_STYLES[box.level];
  return (
    <div
      data-help={box.action}
      data-help-level={box.level}
      role="group"
      aria-labelledby={headingId}
      className={`overflow-hidden rounded-lg border-l-8 bg-white ring-1 ring-slate-900/10 dark:bg-slate-900 dark:ring-white/10 ${style.frame}`}
    >
      <h3 id={headingId} className={`px-4 py-2 text-base font-semibold ${style.heading}`}>
        {box.heading}
      </h3>
      <div className="space-y-2 px-4 py-3 text-[0.9375rem] leading-relaxed text-slate-900 dark:text-slate-100">
        <ul className="list-disc space-y-1 pl-5">
          {box.signs.map((sign, index) => (
            <li key={index}>
              <LinkedText text={sign} />
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700 dark:text-slate-300">{box.inTheUs}</p>
      </div>
    </div>
  );
}

export function WhenToGetHelp({ boxes }: { boxes: readonly HelpBoxView[] }) {
  if (boxes.length === 0) return null;
  return (
    <section
      id="when-to-get-help"
      aria-labelledby="when-to-get-help-heading"
      data-section="when-to-get-help"
      className="mt-6"
    >
      <h2
        id="when-to-get-help-heading"
        className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50"
      >
        When to get help
      </h2>
      <div className="mt-3 space-y-4">
        {boxes.map((box) => (
          <HelpBox key={box.action} box={box} />
        ))}
      </div>
    </section>
  );
}
