// Links to the questions just before and after this one in its category's list.
import Link from 'next/link';
import type { CategoryEntry, QuestionEntry } from '@/lib/content/types';

type Neighbour = Pick<QuestionEntry, 'url' | 'title'>;

interface CategoryNeighboursProps {
  category: Pick<CategoryEntry, 'title'>;
  previous?: Neighbour;
  next?: Neighbour;
}

export function CategoryNeighbours({ category, previous, next }: CategoryNeighboursProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={`More in ${category.title}`} className="mt-10 grid gap-3 print:hidden sm:grid-cols-2">
      {previous ? (
        <Link
          href={previous.url}
          rel="prev"
          className="rounded-xl border border-slate-200 p-4 hover:border-teal-700 dark:border-slate-800 dark:hover:border-teal-400"
        >
          <span className="block text-sm text-slate-600 dark:text-slate-400">← Previous in {category.title}</span>
          <span className="mt-1 block font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={next.url}
          rel="next"
          className="rounded-xl border border-slate-200 p-4 text-right hover:border-teal-700 dark:border-slate-800 dark:hover:border-teal-400"
        >
          <span className="block text-sm text-slate-600 dark:text-slate-400">Next in {category.title} →</span>
          <span className="mt-1 block font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
