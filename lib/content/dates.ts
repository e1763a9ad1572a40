// Content dates: which date a question last changed (from its own frontmatter, never the build
// time), today's date for editors, and how dates read on a page (UTC, so a page reads the same
// wherever it is built).
import type { QuestionEntry } from './types';

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers see it: "3 March 2025". */
export function formatDate(iso: string): string {
  return FORMAT.format(new Date(iso));
}

/** The date part (YYYY-MM-DD) of an ISO timestamp, for <time dateTime>. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in UTC: the latest date content may be published on. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** When a question last changed: its updated date, or its published date if that is later or updated is missing. */
export function contentDate(entry: Pick<QuestionEntry, 'published' | 'updated'>): string {
  return entry.updated && entry.updated > entry.published ? entry.updated : entry.published;
}

/** The newest content date among some questions, or undefined when there are none. */
export function newestContentDate(entries: Iterable<Pick<QuestionEntry, 'published' | 'updated'>>): string | undefined {
  let newest: string | undefined;
  for (const entry of entries) {
    const date = contentDate(entry);
    if (newest === undefined || date > newest) newest = date;
  }
  return newest;
}
