import { describe, expect, it } from 'vitest';
import { buildContentIndex, type GeneratedCategory, type GeneratedQuestion } from '@/lib/build-content-index';
import { ContentError } from '@/lib/content-errors';

const category: GeneratedCategory = {
  title: 'Sleep',
  description: 'd',
  slug: 'sleep',
  url: '/categories/sleep',
  _raw: { sourceFilePath: 'categories/sleep.yaml' },
};

function question(
  slug: string,
  overrides: Partial<GeneratedQuestion> = {},
): GeneratedQuestion & { body: { code: string } } {
  return {
    title: slug,
    summary: 's',
    shortAnswer: 'short',
    keyPoints: [{ text: 'point' }],
    category: 'sleep',
    tags: ['Sleep Quality'],
    faqs: [{ question: 'q?', answer: 'a.' }],
    published: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-02T00:00:00.000Z',
    slug,
    url: `/questions/${slug}`,
    readingMinutes: 2,
    _raw: { sourceFilePath: `questions/${slug}.mdx`, flattenedPath: `questions/${slug}` },
    body: { code: 'var Component = () => "compiled body"' },
    ...overrides,
  };
}

describe('buildContentIndex', () => {
  it('keeps only slim fields: no body, and the path of the full document', () => {
    const index = buildContentIndex([question('a')], [category]);
    expect(JSON.stringify(index)).not.toContain('compiled body');
    expect(index.questions[0]).toMatchObject({
      slug: 'a',
      tags: [{ name: 'Sleep Quality', slug: 'sleep-quality' }],
      documentPath: '.contentlayer/generated/Question/questions__a.mdx.json',
      faqQuestions: ['q?'],
    });
  });
  it('stops with the file and field when a question names an unknown category', () => {
    expect(() => buildContentIndex([question('a', { category: 'sleeep' })], [category])).toThrowError(ContentError);
    expect(() => buildContentIndex([question('a', { category: 'sleeep' })], [category])).toThrowError(
      /content\/questions\/a\.mdx {2}category: "sleeep" is not a category; use one of: sleep/,
    );
  });
  it('orders questions newest first', () => {
    const index = buildContentIndex(
      [question('old'), question('new', { published: '2026-05-01T00:00:00.000Z' })],
      [category],
    );
    expect(index.questions.map((q) => q.slug)).toEqual(['new', 'old']);
  });
});
