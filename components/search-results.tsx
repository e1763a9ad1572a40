// The ranked results of a site search: each question's title and summary with the matched words
// highlighted, and its category.
import Link from 'next/link';
import type { CategoryEntry, QuestionEntry } from '@/lib/content/types';
import { HighlightedText } from './highlighted-text';

export interface SearchResultItem {
  entry: QuestionEntry;
  category: CategoryEntry | undefined;
  terms: string[];
}

export function SearchResults({ results }: { results: SearchResultItem[] }) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {results.map(({ entry, category, terms }) => (
        <li key={entry.slug} className="py-5">
          <h2 className="text-lg font-semibold">
            <Link
              href={entry.url}
              className="text-slate-900 hover:text-teal-700 dark:text-slate-100 dark:hover:text-teal-300"
            >
              <HighlightedText text={entry.title} terms={terms} />
            </Link>
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            <HighlightedText text={entry.summary} terms={terms} />
          </p>
          {category ? (
            <p className="mt-1 text-sm">
              <Link href={category.url} className="text-teal-800 hover:underline dark:text-teal-300">
                {category.title}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
