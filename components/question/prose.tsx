// The typography for a question's body prose (in-depth answer and why-this-happens), in one place.
import type { ReactNode } from 'react';

export function Prose({ children }: { children: ReactNode }) {
  return (
    <div className="prose max-w-none prose-slate sm:prose-lg dark:prose-invert prose-headings:font-semibold prose-headings:tracking-tight prose-h3:text-xl prose-a:text-teal-800 prose-a:decoration-teal-800/30 prose-a:underline-offset-2 hover:prose-a:decoration-teal-800 dark:prose-a:text-teal-300 dark:prose-a:decoration-teal-300/40">
      {children}
    </div>
  );
}
