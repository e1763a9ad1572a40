// Builds slim question entries for unit tests, with only the fields a test cares about spelled out.
import type { QuestionEntry } from '@/lib/content/types';
import { toSlug } from '@/lib/content/slug';
import { CONTENT_DIR, GENERATED_QUESTION_DIR, questionPath } from '@/lib/content/paths';

export function entry(
  slug: string,
  overrides: Partial<Omit<QuestionEntry, 'tags'>> & { tags?: string[] } = {},
): QuestionEntry {
  const { tags = [], ...rest } = overrides;
  return {
    slug,
    url: questionPath(slug),
    title: slug.replaceAll('-', ' '),
    subject: slug.replaceAll('-', ' '),
    summary: `Summary of ${slug}`,
    shortAnswer: `Short answer for ${slug}`,
    category: 'general',
    tags: tags.map((name) => ({ name, slug: toSlug(name) })),
    aliases: [],
    faqQuestions: [],
    published: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    draft: false,
    featured: false,
    readerWords: 600,
    readingMinutes: 3,
    curatedRelated: [],
    related: [],
    documentPath: `${GENERATED_QUESTION_DIR}/questions__${slug}.mdx.json`,
    sourceFilePath: `${CONTENT_DIR}/questions/${slug}.mdx`,
    ...rest,
  };
}
