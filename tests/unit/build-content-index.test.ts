import { describe, expect, it } from 'vitest';
import { buildContentIndex, indexFields, type GeneratedQuestion } from '@/lib/build/content-index';
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
  it('builds the same index from the index fields alone as from whole documents, link problems included', () => {
    const whole = [
      question('a', {
        keyPoints: [{ text: 'plain' }, { text: 'see [[b]]' }],
        tips: [{ text: 'rest' }],
        myths: [{ myth: 'm', correction: 'read [[b|this]]' }] as never,
        faqs: [{ question: 'q?', answer: 'plain answer' }],
        whenToGetHelp: [{ action: 'call-999', signs: ['chest pain', 'as in [[b]]'] }] as never,
        verdictNote: 'no link',
      }),
      question('b', { related: ['a'], aliases: ['bee'], draft: false, featured: true }),
    ].map((doc, i) => (i === 0 ? { ...doc, sources: [{ url: 'https://www.nhs.uk/' }] } : doc));
    expect(buildContentIndex(whole.map(indexFields), [category])).toEqual(buildContentIndex(whole, [category]));
    expect(JSON.stringify(whole.map(indexFields))).not.toMatch(/plain|rest|nhs\.uk|no link|compiled body/);

    const broken = [question('a', { keyPoints: [{ text: 'plain' }, { text: 'see [[nowhere]]' }] })];
    const problem = (docs: GeneratedQuestion[]) => {
      try {
        buildContentIndex(docs, [category]);
      } catch (error) {
        return (error as ContentError).problems;
      }
    };
    expect(problem(broken.map(indexFields))).toEqual(problem(broken));
    expect(problem(broken)).toMatchObject([{ field: 'keyPoints[1].text' }]);
  });
});
