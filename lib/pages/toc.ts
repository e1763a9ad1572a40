// A question page's table of contents: the body's computed headings (doc.headings) slotted into the
// page's fixed sections, in page order, with the ids the rendered page gives each of them.
import type { Heading } from '../mdx/headings';
import { WHY_HEADING } from '../mdx/remark-body-sections';
import { QUESTION_SECTIONS } from './question-sections';

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Which optional sections the page shows (the in-depth answer always opens the body). */
export interface TocSections {
  keyPoints: boolean;
  tips: boolean;
  myths: boolean;
  faqs: boolean;
  sources: boolean;
}

/** Below this many links (sections and subsections) a page is short enough to scroll without one. */
export const TOC_MIN_LINKS = 8;

export function tableOfContents(headings: readonly Heading[], sections: TocSections): TocEntry[] {
  const entry = (id: string, text: string): TocEntry => ({ id, text, children: [] });
  const entries: TocEntry[] = [entry(QUESTION_SECTIONS.inDepth.id, QUESTION_SECTIONS.inDepth.title)];
  let seenWhy = false;
  for (const heading of headings) {
    if (heading.depth === 3) {
      entries[entries.length - 1].children.push(entry(heading.id, heading.text));
    } else if (!seenWhy && WHY_HEADING.test(heading.text)) {
      // The body splitter renders the first "Why …" heading as its own section, under a fixed id.
      seenWhy = true;
      entries.push(entry(QUESTION_SECTIONS.why.id, heading.text));
    } else {
      entries.push(entry(heading.id, heading.text));
    }
  }
  for (const key of ['keyPoints', 'tips', 'myths', 'faqs', 'sources'] as const) {
    if (sections[key]) entries.push(entry(QUESTION_SECTIONS[key].id, QUESTION_SECTIONS[key].title));
  }
  return entries;
}

export function countTocLinks(entries: readonly TocEntry[]): number {
  return entries.reduce((total, item) => total + 1 + countTocLinks(item.children), 0);
}

export function isLongEnoughForToc(entries: readonly TocEntry[]): boolean {
  return countTocLinks(entries) >= TOC_MIN_LINKS;
}
