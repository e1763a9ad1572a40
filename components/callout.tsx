// A highlighted note, tip or warning inside a question body: the one JSX component editors may use.
import type { ReactNode } from 'react';
import type { CalloutType } from '@/lib/mdx/allowed-components';

const STYLES: Record<CalloutType, { label: string; className: string }> = {
  note: {
    label: 'Note',
    className: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100',
  },
  tip: {
    label: 'Tip',
    className:
      'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100',
  },
  warning: {
    label: 'Warning',
    className:
      'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100',
  },
};

export function Callout({
  type = 'note',
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside className={`not-prose my-6 rounded-lg border p-4 leading-relaxed ${style.className}`} data-callout={type}>
      <p className="font-semibold">{title ?? style.label}</p>
      <div className="mt-1 [&>p+p]:mt-2">{children}</div>
    </aside>
  );
}
