// A text with the words a search matched wrapped in <mark>, for result titles, summaries and suggestions.
import { Fragment } from 'react';
import { highlightSegments } from '@/lib/search/terms';

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return highlightSegments(text, terms).map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300 dark:text-slate-950">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
