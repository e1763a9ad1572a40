// The frame every question section shares: a labelled <section> with its h2.
import type { ReactNode } from 'react';

interface QuestionSectionProps {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}

export function QuestionSection({ id, title, children, className = '' }: QuestionSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`scroll-mt-24 ${className}`}>
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
