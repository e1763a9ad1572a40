'use client';
// The header search box. Without JavaScript it is a plain GET form to /search; with it, it becomes a
// combobox (WAI-ARIA APG combobox pattern: a text input with role="combobox") showing instant
// suggestions. Nothing is fetched until the box is focused: a small library's whole index then, once
// (searched in the browser); a large one's suggestions come from /api/suggest, one small cached
// answer per query (see lib/search/suggest.ts).
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';
import { SUGGESTION_COUNT, suggestionKey, type Suggestion, type SuggestionSource } from '@/lib/search/suggest';
import { HighlightedText } from './highlighted-text';

/** Wait this long after a keystroke before asking the server, so fast typing sends fewer requests. */
const SERVER_DEBOUNCE_MS = 120;

type Suggest = (query: string) => Promise<Suggestion[]>;

// Shared by every mount of the box: the index is fetched at most once per page load.
let loadingIndex: Promise<Suggest> | undefined;

function loadIndexSuggest(): Promise<Suggest> {
  loadingIndex ??= Promise.all([
    import('@/lib/search/engine'),
    fetch('/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      return response.text();
    }),
  ]).then(
    ([search, json]) => {
      const engine = search.loadSearchIndex(json);
      return async (query: string) => search.suggestQuestions(engine, suggestionKey(query), SUGGESTION_COUNT);
    },
    (error: unknown) => {
      loadingIndex = undefined; // let the next focus try again
      throw error;
    },
  );
  return loadingIndex;
}

// Answers already fetched in this page view, by canonical query: backspacing costs nothing.
const serverAnswers = new Map<string, Promise<Suggestion[]>>();

async function serverSuggest(query: string): Promise<Suggestion[]> {
  const key = suggestionKey(query);
  if (!key) return [];
  let answer = serverAnswers.get(key);
  if (!answer) {
    answer = fetch(`/api/suggest?q=${encodeURIComponent(key)}`).then((response) => {
      if (!response.ok) throw new Error(`Suggestions: HTTP ${response.status}`);
      return response.json() as Promise<Suggestion[]>;
    });
    answer.catch(() => serverAnswers.delete(key)); // a failed answer is asked again next time
    serverAnswers.set(key, answer);
  }
  return answer;
}

function loadSuggest(source: SuggestionSource): Promise<Suggest> {
  return source === 'server' ? Promise.resolve(serverSuggest) : loadIndexSuggest();
}

export function SearchBox({ source }: { source: SuggestionSource }) {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;
  const [query, setQuery] = useState('');
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const expanded = open && suggestions.length > 0;

  useEffect(() => {
    if (!suggest) return;
    let current = true;
    const timer = setTimeout(
      () =>
        suggest(query).then(
          (found) => current && setSuggestions(found),
          () => current && setSuggestions([]),
        ),
      source === 'server' && query.trim() ? SERVER_DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [suggest, query, source]);

  function prepare() {
    if (suggest) return;
    loadSuggest(source).then(
      (loaded) => setSuggest(() => loaded),
      () => {}, // without suggestions the box is still a working search form
    );
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(url: string) {
    close();
    router.push(url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) =>
          !expanded || current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count,
        );
        break;
      }
      case 'Enter':
        // With a suggestion chosen, go to it; otherwise the form submits to the results page.
        if (expanded && active >= 0) {
          event.preventDefault();
          go(suggestions[active].url);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          setQuery('');
        }
        break;
    }
  }

  let status = '';
  if (expanded)
    status = `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}, use the arrow keys to choose`;
  else if (open && suggest && query.trim()) status = 'No suggestions; press Enter to search';

  return (
    <form action="/search" role="search" className="relative w-full sm:w-80" onSubmit={close}>
      <label htmlFor={`${id}-input`} className="sr-only">
        Search questions
      </label>
      <div className="flex">
        <input
          id={`${id}-input`}
          type="text"
          enterKeyHint="search"
          name="q"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search questions"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          onFocus={prepare}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
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
        id={listboxId}
        role="listbox"
        aria-label="Suggested questions"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-20 mt-1 overflow-hidden rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {expanded
          ? suggestions.map((hit, index) => (
              <li
                key={hit.url}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // Keep focus in the box so the click is not lost to its blur.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(hit.url)}
                onMouseMove={() => setActive(index)}
                className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-teal-100 dark:bg-teal-900/60' : ''}`}
              >
                <span className="block font-medium text-slate-900 dark:text-slate-100">
                  <HighlightedText text={hit.title} terms={hit.terms} />
                </span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{hit.category}</span>
              </li>
            ))
          : null}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
    </form>
  );
}
