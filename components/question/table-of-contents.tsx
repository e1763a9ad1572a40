// "On this page" for long answers, rendered once (not a phone copy and a desktop copy): a collapsed
// disclosure in the reading flow on phones; on wide screens the same element is laid out in the
// column beside the 42rem answer (3.5rem gap; the question page's container is `relative` and keeps
// that column free), its list always shown and sticky while the answer scrolls by.
import type { TocEntry } from '@/lib/pages/toc';

function TocList({ entries, nested = false }: { entries: TocEntry[]; nested?: boolean }) {
  return (
    <ol className={nested ? 'mt-1 space-y-1 border-l border-slate-200 pl-3 dark:border-slate-700' : 'space-y-1.5'}>
      {entries.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            className={`block py-0.5 leading-snug hover:text-teal-800 hover:underline dark:hover:text-teal-300 ${nested ? 'text-slate-600 dark:text-slate-400' : 'text-slate-800 dark:text-slate-200'}`}
          >
            {item.text}
          </a>
          {item.children.length > 0 ? <TocList entries={item.children} nested /> : null}
        </li>
      ))}
    </ol>
  );
}

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="mt-8 text-sm lg:absolute lg:inset-y-0 lg:left-[45.5rem] lg:mt-0 lg:w-52">
      {/* On wide screens there is no disclosure: the summary is not displayed and the list shows
          whether or not the details element is open (::details-content). */}
      <details className="group rounded-xl border border-slate-200 lg:sticky lg:top-8 lg:rounded-none lg:border-0 lg:details-content:[content-visibility:visible] dark:border-slate-800">
        <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 font-semibold text-slate-900 lg:hidden dark:text-slate-100 [&::-webkit-details-marker]:hidden">
          On this page
          <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="border-t border-slate-200 px-4 py-3 lg:border-0 lg:p-0 dark:border-slate-800">
          <p
            aria-hidden="true"
            className="mb-3 hidden text-xs font-semibold tracking-widest text-slate-600 uppercase lg:block dark:text-slate-400"
          >
            On this page
          </p>
          <TocList entries={entries} />
        </div>
      </details>
    </nav>
  );
}
