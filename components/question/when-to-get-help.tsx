// The question's warning signs as one standard pair of boxes, in the NHS style: "call 999" signs in a
// red box, "see a GP" signs in a blue one. The wording of the headings comes from data/help-contacts.ts.
import { WHEN_TO_GET_HELP } from '@/data/help-contacts';
import { LinkedText } from '../linked-text';

export interface WhenToGetHelpProps {
  urgent: readonly string[];
  soon: readonly string[];
}

const BOXES = {
  urgent: {
    frame: 'border-red-700 dark:border-red-400',
    heading: 'bg-red-700 text-white dark:bg-red-800',
  },
  soon: {
    frame: 'border-sky-700 dark:border-sky-400',
    heading: 'bg-sky-700 text-white dark:bg-sky-800',
  },
} as const;

function HelpBox({ kind, items }: { kind: keyof typeof BOXES; items: readonly string[] }) {
  const wording = WHEN_TO_GET_HELP[kind];
  const headingId = `when-to-get-help-${kind}`;
  return (
    <div
      data-help={kind}
      role="group"
      aria-labelledby={headingId}
      className={`overflow-hidden rounded-lg border-l-8 bg-white ring-1 ring-slate-900/10 dark:bg-slate-900 dark:ring-white/10 ${BOXES[kind].frame}`}
    >
      <h3 id={headingId} className={`px-4 py-2 text-base font-semibold ${BOXES[kind].heading}`}>
        {wording.heading}
      </h3>
      <div className="space-y-2 px-4 py-3 text-[0.9375rem] leading-relaxed text-slate-900 dark:text-slate-100">
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item, index) => (
            <li key={index}>
              <LinkedText text={item} />
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700 dark:text-slate-300">{wording.inTheUs}</p>
      </div>
    </div>
  );
}

export function WhenToGetHelp({ urgent, soon }: WhenToGetHelpProps) {
  if (urgent.length === 0 && soon.length === 0) return null;
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
        {urgent.length > 0 ? <HelpBox kind="urgent" items={urgent} /> : null}
        {soon.length > 0 ? <HelpBox kind="soon" items={soon} /> : null}
      </div>
    </section>
  );
}
