// The header search box's type-ahead, as one small inline script (pages ship no framework runtime:
// docs/mobile-performance.md). The box is a plain GET form to /search that works without it; the
// script, inlined right after the form, runs the combobox the form is marked up as (WAI-ARIA APG
// pattern: a text input with role="combobox" and a listbox) and asks /api/suggest as the reader
// types, one small cached answer per canonical query. It changes nothing until the reader types, so
// in `next dev`, where React hydrates the page, the server's markup and the page still agree.
//
// The functions below are serialised with Function.prototype.toString into the page, so each must
// be self-contained: only its parameters and browser globals, no module-level names and no imported
// values (the one import is a type, erased at compile time).
import type { Suggestion } from './suggest';

/** Wait this long after a keystroke before asking the server, so fast typing sends fewer requests. */
const SERVER_DEBOUNCE_MS = 120;

/** The ids and limits the script needs, passed to it as JSON. */
export interface SearchBoxOptions {
  listboxId: string;
  optionIdPrefix: string;
  suggestUrl: string;
  debounceMs: number;
}

/**
 * The browser's copy of lib/search/suggest.ts `suggestionKey` (a unit test holds them equal), so
 * "Sleep", "sleep " and "SLEEP" are one URL and one cache entry in the browser and on a CDN.
 */
export function browserSuggestionKey(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
    .trim()
    .toLowerCase()
    .slice(0, 80)
    .trim();
}

export function enhanceSearchBox(form: HTMLFormElement, key: (raw: string) => string, options: SearchBoxOptions): void {
  const input = form.querySelector('input[name="q"]') as HTMLInputElement | null;
  const listbox = document.getElementById(options.listboxId);
  const status = form.querySelector('[role="status"]');
  if (!input || !listbox || !status) return;

  // Answers already fetched in this page view, by canonical query: backspacing costs nothing.
  const answers = new Map<string, Promise<Suggestion[]>>();
  let suggestions: Suggestion[] = [];
  let shownFor: string | null = null; // the query the list answers
  let open = false;
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function fetchSuggestions(query: string): Promise<Suggestion[]> {
    let answer = answers.get(query);
    if (!answer) {
      answer = fetch(options.suggestUrl + '?q=' + encodeURIComponent(query)).then((response) => {
        if (!response.ok) throw new Error('Suggestions: HTTP ' + response.status);
        return response.json() as Promise<Suggestion[]>;
      });
      answer.catch(() => answers.delete(query)); // a failed answer is asked again next time
      answers.set(query, answer);
    }
    return answer;
  }

  function optionElement(hit: Suggestion, index: number): HTMLLIElement {
    const option = document.createElement('li');
    option.id = options.optionIdPrefix + index;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', String(index === active));
    option.className =
      'cursor-pointer px-3 py-2 text-sm' + (index === active ? ' bg-teal-100 dark:bg-teal-900/60' : '');
    const title = document.createElement('span');
    title.className = 'block font-medium text-slate-900 dark:text-slate-100';
    let last = 0;
    for (const [start, end] of hit.marks) {
      if (start < last || end <= start || end > hit.title.length) continue;
      title.append(hit.title.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300 dark:text-slate-950';
      mark.textContent = hit.title.slice(start, end);
      title.append(mark);
      last = end;
    }
    title.append(hit.title.slice(last));
    const category = document.createElement('span');
    category.className = 'block text-xs text-slate-600 dark:text-slate-400';
    category.textContent = hit.category;
    option.append(title, category);
    // Keep focus in the box so the click is not lost to its blur.
    option.addEventListener('mousedown', (event) => event.preventDefault());
    option.addEventListener('click', () => go(hit.url));
    option.addEventListener('mousemove', () => {
      if (active !== index) {
        active = index;
        render();
      }
    });
    return option;
  }

  function render(): void {
    const expanded = open && suggestions.length > 0;
    input!.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) input!.setAttribute('aria-activedescendant', options.optionIdPrefix + active);
    else input!.removeAttribute('aria-activedescendant');
    listbox!.hidden = !expanded;
    listbox!.replaceChildren(...(expanded ? suggestions.map(optionElement) : []));
    let text = '';
    if (expanded) {
      const count = suggestions.length;
      text = count + (count === 1 ? ' suggestion' : ' suggestions') + ', use the arrow keys to choose';
    } else if (open && shownFor !== null && shownFor !== '') text = 'No suggestions; press Enter to search';
    if (status!.textContent !== text) status!.textContent = text;
  }

  function close(): void {
    open = false;
    active = -1;
    render();
  }

  function go(url: string): void {
    close();
    window.location.assign(url);
  }

  function update(): void {
    clearTimeout(timer);
    const query = key(input!.value);
    if (!query) {
      suggestions = [];
      shownFor = '';
      render();
      return;
    }
    timer = setTimeout(() => {
      fetchSuggestions(query).then(
        (found) => {
          if (key(input!.value) !== query) return; // the reader has typed on
          suggestions = Array.isArray(found) ? found.slice(0, 10) : [];
          shownFor = query;
          render();
        },
        () => {
          suggestions = []; // without suggestions the box is still a working search form
          shownFor = null;
          render();
        },
      );
    }, options.debounceMs);
  }

  input.addEventListener('input', () => {
    open = true;
    active = -1;
    update();
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', close);
  input.addEventListener('keydown', (event) => {
    const count = suggestions.length;
    const expanded = open && count > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = !expanded || active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count;
        open = true;
        render();
        break;
      }
      case 'Enter':
        // With a suggestion chosen, go to it; otherwise the form submits to the results page.
        if (expanded && active >= 0) {
          event.preventDefault();
          go(suggestions[active]!.url);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (input.value) {
          input.value = '';
          update();
        }
        break;
    }
  });
  // A reader who typed before the script ran (it runs as the header is parsed) still gets suggestions.
  if (document.activeElement === input && input.value) {
    open = true;
    update();
  }
}

/** The inline script: placed right after the form, it enhances the form before it. */
export function searchBoxScript(options: Omit<SearchBoxOptions, 'debounceMs'>): string {
  const settings: SearchBoxOptions = { ...options, debounceMs: SERVER_DEBOUNCE_MS };
  // JSON is safe inside <script> once "<" is escaped (no "</script>" can appear).
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `(${enhanceSearchBox.toString()})(document.currentScript.previousElementSibling,${browserSuggestionKey.toString()},${json})`;
}
