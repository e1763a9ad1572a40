// The numbered source list that key-point citations link to, each labelled with the kind of evidence
// it is. External links are opened safely.
import { sourceAnchor, type Citable, type CitedSource } from '@/lib/content/citations';
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { sourceTypeLabel } from '@/lib/trust/source-types';
import { QuestionSection } from './question-section';

type Source = CitedSource & Citable;

export function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <QuestionSection id={QUESTION_SECTIONS.sources.id} title={QUESTION_SECTIONS.sources.title} className="mt-12">
      <ol className="list-decimal space-y-2 pl-6 text-[0.9375rem] leading-relaxed marker:text-slate-600 dark:marker:text-slate-400">
        {sources.map((source) => {
          const type = sourceTypeLabel(source.type);
          return (
            <li
              key={source.id}
              id={sourceAnchor(source.id)}
              className="rounded pl-1 target:bg-amber-50 dark:target:bg-amber-950/50"
            >
              {type ? (
                <span
                  data-source-type={source.type}
                  className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 align-[0.1em] text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200"
                >
                  {type}
                </span>
              ) : null}
              <a
                href={source.url}
                rel="noopener noreferrer external"
                className="font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40 dark:hover:decoration-teal-300"
              >
                {source.title}
              </a>
              <span className="text-slate-600 dark:text-slate-400">
                {' '}
                — {source.publisher}, {source.year}
                {source.doi ? `. doi:${source.doi}` : ''}
                {source.pmid ? `. PMID ${source.pmid}` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </QuestionSection>
  );
}
