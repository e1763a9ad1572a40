// A plain search form that GETs /search?q=…: a server component that works before (and without)
// any JavaScript. The home page shows it large; the search page repeats the query in it; the 404
// page offers it to a lost reader. (The header has its own type-ahead box, search-box.tsx.)
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';

interface SearchFormProps {
  /** The input's id; the label points to it. */
  id: string;
  label: string;
  /** Shown as the visible label when set; otherwise the label is for screen readers only. */
  showLabel?: boolean;
  defaultValue?: string;
  placeholder?: string;
  size?: 'large' | 'normal';
  /** Refuse to submit an empty box, where an empty search would lead nowhere useful. */
  required?: boolean;
}

export function SearchForm({
  id,
  label,
  showLabel = false,
  defaultValue,
  placeholder = 'Search questions',
  size = 'normal',
  required = false,
}: SearchFormProps) {
  const large = size === 'large';
  return (
    <form action="/search" method="get" role="search" aria-label={label} className="w-full">
      <label
        htmlFor={id}
        className={showLabel ? 'block text-lg font-semibold text-slate-900 dark:text-slate-100' : 'sr-only'}
      >
        {label}
      </label>
      <div className={`flex ${showLabel ? 'mt-2' : ''} ${large ? 'max-w-2xl' : 'max-w-xl'}`}>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          required={required}
          placeholder={placeholder}
          className={`min-w-0 flex-1 rounded-l-lg border border-slate-400 bg-white text-slate-900 placeholder:text-slate-500 focus:border-teal-700 focus:ring-2 focus:ring-teal-600/40 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${large ? 'px-4 py-3 text-lg' : 'px-3 py-2'}`}
        />
        <button
          type="submit"
          className={`rounded-r-lg border border-l-0 border-teal-800 bg-teal-800 font-medium text-white hover:bg-teal-900 focus:ring-2 focus:ring-teal-600/40 focus:outline-none ${large ? 'px-5 py-3 text-lg' : 'px-4 py-2'}`}
        >
          Search
        </button>
      </div>
    </form>
  );
}
