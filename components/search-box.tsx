// The header search box: a plain GET form to /search, server-rendered, that works without
// JavaScript. The inline script after it (lib/search/search-box-script.ts) makes it a combobox with
// suggestions from /api/suggest as the reader types; pages carry no framework runtime to hydrate it.
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';
import { searchBoxScript } from '@/lib/search/search-box-script';

const INPUT_ID = 'site-search';
const LISTBOX_ID = 'site-search-suggestions';

const SCRIPT = searchBoxScript({
  listboxId: LISTBOX_ID,
  optionIdPrefix: `${LISTBOX_ID}-`,
  suggestUrl: '/api/suggest',
});

export function SearchBox() {
  return (
    <>
      <form action="/search" role="search" className="relative w-full sm:w-80">
        <label htmlFor={INPUT_ID} className="sr-only">
          Search questions
        </label>
        <div className="flex">
          <input
            id={INPUT_ID}
            type="text"
            enterKeyHint="search"
            name="q"
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Search questions"
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded="false"
            aria-controls={LISTBOX_ID}
            className="min-w-0 flex-1 rounded-l-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
          <button
            type="submit"
            className="rounded-r-md border border-l-0 border-teal-800 bg-teal-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-teal-900 focus:outline-none focus:ring-2 focus:ring-teal-600/40"
          >
            Search
          </button>
        </div>
        <ul
          id={LISTBOX_ID}
          role="listbox"
          aria-label="Suggested questions"
          hidden
          className="absolute left-0 right-0 top-full z-20 mt-1 overflow-hidden rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        />
        <p role="status" className="sr-only" />
      </form>
      <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />
    </>
  );
}
