// Builds the slim content index from Contentlayer's generated documents, once per build.
import type { CategoryEntry, ContentIndex, QuestionEntry } from '../content/types';
import { ContentError, type ContentProblem } from '../content/errors';
import {
  buildLinkIndex,
  describeUnresolved,
  lineOf,
  linkableFields,
  linkResolver,
  stripInternalLinks,
  unresolvedLinks,
  type LinkableQuestion,
} from '../content/internal-links';
import { byNewest, categoryNeighbours } from '../content/questions';
import { readingMinutes } from '../content/reading-time';
import { computeRelated } from '../content/related';
import { toSlug } from '../content/slug';
import { CONTENT_DIR, categoryPath, GENERATED_QUESTION_DIR, questionPath } from '../content/paths';
import { unknownCategoryProblem, unknownRelatedProblem } from '../content/references';
import { isVerdictId } from '../content/verdicts';

/** The fields of a generated Question document that the index reads (bodies are ignored). */
export interface GeneratedQuestion extends LinkableQuestion {
  title: string;
  subject: string;
  category: string;
  tags: string[];
  aliases?: string[];
  related?: string[];
  faqs: { question: string; answer: string }[];
  verdict?: string;
  published: string;
  updated: string;
  draft?: boolean;
  featured?: boolean;
  slug: string;
  url: string;
  /** Words a reader reads on the page (lib/reading-time.ts), counted while the body is still loaded. */
  readerWords: number;
  _raw: { sourceFilePath: string; flattenedPath: string };
}

/**
 * The fields of a generated question that buildContentIndex reads, and no more: what the index step
 * keeps per document between runs (.contentlayer/index-cache.json). A text checked only for its
 * internal links is kept when it has one and is '' otherwise, so a problem still names its field by
 * position. Whole frontmatter made that cache 68 MB at 10,000 questions, parsed and written again
 * on every save in `npm run dev` (3.3 s of a 5.8 s index step).
 */
export function indexFields(doc: GeneratedQuestion): GeneratedQuestion {
  const linked = (text: string) => (text.includes('[[') ? text : '');
  return {
    title: doc.title,
    subject: doc.subject,
    summary: doc.summary,
    shortAnswer: doc.shortAnswer,
    ...(doc.verdictNote && { verdictNote: linked(doc.verdictNote) }),
    keyPoints: doc.keyPoints.map((point) => ({ text: linked(point.text) })),
    ...(doc.tips && { tips: doc.tips.map((tip) => ({ text: linked(tip.text) })) }),
    ...(doc.myths && { myths: doc.myths.map((myth) => ({ correction: linked(myth.correction) })) }),
    faqs: doc.faqs.map((faq) => ({ question: faq.question, answer: linked(faq.answer) })),
    ...(doc.whenToGetHelp && { whenToGetHelp: doc.whenToGetHelp.map((box) => ({ signs: box.signs.map(linked) })) }),
    category: doc.category,
    tags: doc.tags,
    ...(doc.aliases && { aliases: doc.aliases }),
    ...(doc.related && { related: doc.related }),
    ...(doc.verdict !== undefined && { verdict: doc.verdict }),
    published: doc.published,
    updated: doc.updated,
    ...(doc.draft !== undefined && { draft: doc.draft }),
    ...(doc.featured !== undefined && { featured: doc.featured }),
    slug: doc.slug,
    url: doc.url,
    readerWords: doc.readerWords,
    _raw: { sourceFilePath: doc._raw.sourceFilePath, flattenedPath: doc._raw.flattenedPath },
  };
}

export interface GeneratedCategory {
  title: string;
  description: string;
  symptoms?: boolean;
  crisisSupport?: boolean;
  slug: string;
  url: string;
  _raw: { sourceFilePath: string };
}

export function generatedDocumentPath(sourceFilePath: string): string {
  return `${GENERATED_QUESTION_DIR}/${sourceFilePath.replaceAll('/', '__')}.json`;
}

export interface BuildOptions {
  /** Reads a source file (path relative to the project), so a problem can name its line. */
  readSource?: (file: string) => string | undefined;
}

function uniqueTags(names: readonly string[]) {
  const tags = new Map<string, { name: string; slug: string }>();
  for (const name of names) {
    const slug = toSlug(name);
    if (slug && !tags.has(slug)) tags.set(slug, { name: name.trim(), slug });
  }
  return [...tags.values()];
}

export function buildContentIndex(
  questions: GeneratedQuestion[],
  categories: GeneratedCategory[],
  { readSource }: BuildOptions = {},
): ContentIndex {
  const categoryEntries: CategoryEntry[] = categories
    .map(({ slug, title, description, symptoms, crisisSupport }) => ({
      slug,
      url: categoryPath(slug),
      title,
      description,
      symptoms: symptoms ?? false,
      crisisSupport: crisisSupport ?? false,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const categorySlugs = new Set(categoryEntries.map((category) => category.slug));
  const problems: ContentProblem[] = [];
  const linkIndex = buildLinkIndex(
    questions.map((doc) => ({
      slug: doc.slug,
      url: questionPath(doc.slug),
      title: doc.title,
      aliases: doc.aliases ?? [],
      draft: !!doc.draft,
    })),
  );
  const published = linkResolver(linkIndex, { includeDrafts: false });
  const drafts = linkResolver(linkIndex, { includeDrafts: true });
  const slugs = new Set(questions.map((doc) => doc.slug));

  const entries = questions.map((doc): Omit<QuestionEntry, 'related'> => {
    const file = `${CONTENT_DIR}/${doc._raw.sourceFilePath}`;
    // Body links are checked as bodies compile (lib/mdx/remark-internal-links.ts); fields here.
    for (const { field, text } of linkableFields(doc)) {
      for (const link of unresolvedLinks(text, doc.draft ? drafts : published)) {
        const source = readSource?.(file);
        problems.push({
          file,
          field,
          line: source === undefined ? undefined : lineOf(source, link.raw),
          message: describeUnresolved(link),
        });
      }
    }
    for (const slug of doc.related ?? []) {
      const message = unknownRelatedProblem(slug, slugs);
      if (message) problems.push({ file, field: 'related', message });
    }
    const categoryProblem = unknownCategoryProblem(doc.category, categorySlugs);
    if (categoryProblem) problems.push({ file, field: 'category', message: categoryProblem });
    return {
      slug: doc.slug,
      url: questionPath(doc.slug),
      title: doc.title,
      subject: doc.subject.trim(),
      summary: stripInternalLinks(doc.summary),
      shortAnswer: stripInternalLinks(doc.shortAnswer),
      category: doc.category,
      tags: uniqueTags(doc.tags),
      aliases: doc.aliases ?? [],
      faqQuestions: doc.faqs.map((faq) => faq.question),
      verdict: doc.verdict && isVerdictId(doc.verdict) ? doc.verdict : undefined,
      published: doc.published,
      updated: doc.updated,
      draft: doc.draft ?? false,
      featured: doc.featured ?? false,
      readerWords: doc.readerWords,
      readingMinutes: readingMinutes(doc.readerWords),
      curatedRelated: doc.related ?? [],
      documentPath: generatedDocumentPath(doc._raw.sourceFilePath),
      sourceFilePath: file,
    };
  });

  if (problems.length > 0) throw new ContentError(problems);
  entries.sort(byNewest);
  // Computed once here, so no page ever compares questions at request time.
  const related = computeRelated(entries);
  const neighbours = categoryNeighbours(entries);
  return {
    questions: entries.map((entry) => ({
      ...entry,
      related: related.get(entry.slug) ?? [],
      ...neighbours.get(entry.slug),
    })),
    categories: categoryEntries,
  };
}
