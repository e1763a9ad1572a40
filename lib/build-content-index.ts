// Builds the slim content index from Contentlayer's generated documents, once per build.
import type { CategoryEntry, ContentIndex, QuestionEntry } from './content-types';
import { ContentError, type ContentProblem } from './content-errors';
import { toSlug } from './slug';
import { isVerdictId } from './verdicts';

/** The fields of a generated Question document that the index reads (bodies are ignored). */
export interface GeneratedQuestion {
  title: string;
  summary: string;
  shortAnswer: string;
  category: string;
  tags: string[];
  aliases?: string[];
  related?: string[];
  faqs: { question: string }[];
  verdict?: string;
  published: string;
  updated: string;
  draft?: boolean;
  featured?: boolean;
  slug: string;
  url: string;
  readingMinutes: number;
  _raw: { sourceFilePath: string; flattenedPath: string };
}

export interface GeneratedCategory {
  title: string;
  description: string;
  slug: string;
  url: string;
  _raw: { sourceFilePath: string };
}

export const CONTENT_DIR = 'content';
export const GENERATED_QUESTION_DIR = '.contentlayer/generated/Question';

export function generatedDocumentPath(sourceFilePath: string): string {
  return `${GENERATED_QUESTION_DIR}/${sourceFilePath.replaceAll('/', '__')}.json`;
}

export function buildContentIndex(questions: GeneratedQuestion[], categories: GeneratedCategory[]): ContentIndex {
  const categoryEntries: CategoryEntry[] = categories
    .map(({ slug, url, title, description }) => ({ slug, url, title, description }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const categorySlugs = new Set(categoryEntries.map((category) => category.slug));
  const problems: ContentProblem[] = [];

  const entries = questions.map((doc): QuestionEntry => {
    const file = `${CONTENT_DIR}/${doc._raw.sourceFilePath}`;
    if (!categorySlugs.has(doc.category)) {
      problems.push({
        file,
        field: 'category',
        message: `"${doc.category}" is not a category; use one of: ${[...categorySlugs].sort().join(', ')}`,
      });
    }
    return {
      slug: doc.slug,
      url: doc.url,
      title: doc.title,
      summary: doc.summary,
      shortAnswer: doc.shortAnswer,
      category: doc.category,
      tags: doc.tags.map((name) => ({ name: name.trim(), slug: toSlug(name) })),
      aliases: doc.aliases ?? [],
      faqQuestions: doc.faqs.map((faq) => faq.question),
      verdict: doc.verdict && isVerdictId(doc.verdict) ? doc.verdict : undefined,
      published: doc.published,
      updated: doc.updated,
      draft: doc.draft ?? false,
      featured: doc.featured ?? false,
      readingMinutes: doc.readingMinutes,
      curatedRelated: doc.related ?? [],
      documentPath: generatedDocumentPath(doc._raw.sourceFilePath),
      sourceFilePath: file,
    };
  });

  if (problems.length > 0) throw new ContentError(problems);
  entries.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  return { questions: entries, categories: categoryEntries };
}
