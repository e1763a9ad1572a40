// The numbered source list that key-point citations link to. External links are opened safely.
import { sourceAnchor, type Citable, type CitedSource } from '@/lib/citations';
import { QuestionSection } from './question-section';

type Source = CitedSource & Citable;

export function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <QuestionSection id="sources" title="Sources" className="mt-10">
      <ol className="list-decimal space-y-2 pl-6 marker:text-slate-500">
        {sources.map((source) => (
          <li
            key={source.id}
            id={sourceAnchor(source.id)}
            className="scroll-mt-24 pl-1 target:bg-amber-50 dark:target:bg-amber-950/40"
          >
            <a
              href={source.url}
              rel="noopener noreferrer external"
              className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
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
        ))}
      </ol>
    </QuestionSection>
  );
}
