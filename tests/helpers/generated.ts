// Contentlayer-generated documents for unit tests of the index builder, with only what a test
// cares about spelled out in its overrides.
import type { GeneratedCategory, GeneratedQuestion } from '@/lib/build/content-index';
import { questionPath } from '@/lib/content/paths';

export const sleepCategory: GeneratedCategory = {
  title: 'Sleep',
  description: 'd',
  slug: 'sleep',
  url: '/categories/sleep',
  _raw: { sourceFilePath: 'categories/sleep.yaml' },
};

export function generatedQuestion(
  slug: string,
  overrides: Partial<GeneratedQuestion> = {},
): GeneratedQuestion & { body: { code: string } } {
  return {
    title: slug,
    subject: slug,
    summary: 's',
    shortAnswer: 'short',
    keyPoints: [{ text: 'point' }],
    category: 'sleep',
    tags: ['Sleep Quality'],
    faqs: [{ question: 'q?', answer: 'a.' }],
    published: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-02T00:00:00.000Z',
    slug,
    url: questionPath(slug),
    readerWords: 400,
    _raw: { sourceFilePath: `questions/${slug}.mdx`, flattenedPath: `questions/${slug}` },
    body: { code: 'var Component = () => "compiled body"' },
    ...overrides,
  };
}
