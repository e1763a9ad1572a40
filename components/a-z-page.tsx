// The A to Z page and its per-letter pages: the letter bar, then each letter's subjects with their
// questions. One component for /a-z (every letter, or the letter chooser of a split A to Z) and
// /a-z/[letter] (one letter, paginated).
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { LetterBar } from '@/components/letter-bar';
import { Pagination } from '@/components/pagination';
import { letterAnchor, type LetterBarItem, type LetterGroup } from '@/lib/pages/a-z';
import type { Crumb } from '@/lib/pages/breadcrumbs';
import { breadcrumbListJsonLd } from '@/lib/seo/structured-data';

interface AzPageProps {
  heading: string;
  intro: string;
  trail: Crumb[];
  bar: LetterBarItem[];
  /** The letter sections shown on this page (none on the chooser of a split A to Z). */
  groups: LetterGroup[];
  pagination?: { basePath: string; page: number; pageCount: number };
  children?: ReactNode;
}

export function AzPage({ heading, intro, trail, bar, groups, pagination, children }: AzPageProps) {
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={breadcrumbListJsonLd(trail)} />
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 dark:text-white">{heading}</h1>
      <p className="mt-2 leading-relaxed text-slate-700 dark:text-slate-300">{intro}</p>
      <div id="letters" className="mt-5 scroll-mt-4">
        <LetterBar items={bar} label="Letters" />
      </div>
      {children}
      {groups.map((group) => (
        <section
          key={group.letter.id}
          id={letterAnchor(group.letter)}
          aria-labelledby={`${letterAnchor(group.letter)}-heading`}
          className="mt-8 scroll-mt-4 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <h2
            id={`${letterAnchor(group.letter)}-heading`}
            className="text-2xl font-bold text-slate-900 dark:text-slate-50"
          >
            <span aria-hidden="true">{group.letter.label}</span>
            <span className="sr-only">{group.letter.name}</span>
          </h2>
          <ul className="mt-3 space-y-3">
            {group.subjects.map((subject) => (
              <li key={subject.subject}>
                <span className="font-semibold text-slate-900 dark:text-slate-100">{subject.subject}</span>
                <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
                  {subject.questions.map((question) => (
                    <li key={question.url}>
                      <a
                        href={question.url}
                        className="text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
                      >
                        {question.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <a href="#letters" className="text-slate-600 underline-offset-2 hover:underline dark:text-slate-400">
              Back to the letters
            </a>
          </p>
        </section>
      ))}
      {pagination ? <Pagination {...pagination} /> : null}
    </div>
  );
}
