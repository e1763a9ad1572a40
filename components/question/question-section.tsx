// The frame every question section shares: a labelled <section> with its h2.
import type { ReactNode } from 'react';

interface QuestionSectionProps {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
  /** Replaces the default h2 look, e.g. the short answer's small label. */
  headingClassName?: string;
}

const HEADING_CLASSES = 'text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50';

export function QuestionSection({ id, title, children, className = '', headingClassName }: QuestionSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={headingClassName ?? HEADING_CLASSES}>
        {title}
      </h2>
      <div className={headingClassName ? 'mt-2' : 'mt-5'}>{children}</div>
    </section>
  );
}
