// The date a piece of content last changed, taken from its own frontmatter dates (never the build time).
import type { QuestionEntry } from './content-types';

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
