// The slim, serialisable shapes that lists, counts, related links, search and the sitemap read.
// They never carry a compiled body: a question page loads its own document on demand.
import type { VerdictId } from './verdicts';

export interface TagRef {
  name: string;
  slug: string;
}

export interface QuestionEntry {
  slug: string;
  url: string;
  title: string;
  /** What the question is about ("Muscle twitches"), the A to Z lists it under its first letter. */
  subject: string;
  /** Plain text: internal links are reduced to their labels for cards, feeds and meta tags. */
  summary: string;
  /** The one-paragraph answer, searched alongside the title and summary. */
  shortAnswer: string;
  category: string;
  tags: TagRef[];
  aliases: string[];
  faqQuestions: string[];
  verdict?: VerdictId;
  published: string;
  updated: string;
  draft: boolean;
  featured: boolean;
  /** Words in every part of the page a reader reads, and the minutes they take (lib/reading-time.ts). */
  readerWords: number;
  readingMinutes: number;
  /** Curated related slugs from the frontmatter. */
  curatedRelated: string[];
  /** Related question slugs, computed once per build (lib/content/related.ts): curated first, never drafts. */
  related: string[];
  /** Neighbours in the category's newest-first list (slugs), for previous/next links. */
  previous?: string;
  next?: string;
  /** Path of the full generated document, relative to the project root. */
  documentPath: string;
  sourceFilePath: string;
}

export interface CategoryEntry {
  slug: string;
  url: string;
  title: string;
  description: string;
  /** Its questions are about symptoms: each must say when to get help. Absent means false. */
  symptoms?: boolean;
  /** Every question in it shows the crisis contacts. Absent means false. */
  crisisSupport?: boolean;
}

export interface ContentIndex {
  questions: QuestionEntry[];
  categories: CategoryEntry[];
}
