// "On this page" for long answers: a collapsed disclosure in the reading flow on phones, and a sticky
// sidebar on wide screens. Only one is displayed at a time, so assistive technology finds one nav.
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

export function TocDisclosure({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="mt-8 lg:hidden">
      <details className="group rounded-xl border border-slate-200 text-sm dark:border-slate-800">
        <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 font-semibold text-slate-900 dark:text-slate-100 [&::-webkit-details-marker]:hidden">
          On this page
          <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-800">
          <TocList entries={entries} />
        </div>
      </details>
    </nav>
  );
}

export function TocSidebar({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="hidden text-sm lg:block">
      <div className="sticky top-8">
        <p
          aria-hidden="true"
          className="mb-3 text-xs font-semibold tracking-widest text-slate-600 uppercase dark:text-slate-400"
        >
          On this page
        </p>
        <TocList entries={entries} />
      </div>
    </nav>
  );
}
