import { describe, expect, it } from 'vitest';
import { buildContentIndex } from '@/lib/build/content-index';
import { ContentError } from '@/lib/content/errors';
import { generatedQuestion, sleepCategory } from '../helpers/generated';

const category = sleepCategory;
const question = generatedQuestion;

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
      /content\/questions\/a\.mdx {2}category: "sleeep" is not a category \(did you mean "sleep"\?\); use one of: sleep/,
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
