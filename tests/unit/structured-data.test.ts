import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { questionTrail } from '@/lib/pages/breadcrumbs';
import { absoluteUrl } from '@/lib/site';
import {
  breadcrumbListJsonLd,
  collectionPageJsonLd,
  faqPageJsonLd,
  medicalWebPageJsonLd,
  serializeJsonLd,
  type QuestionForStructuredData,
} from '@/lib/seo/structured-data';

const EVIL = '</script><script>alert(1)</script>';

const question: QuestionForStructuredData = {
  url: '/questions/why-do-knees-click',
  title: 'Why do my knees click?',
  summary: 'Clicking knees are usually harmless.',
  published: '2026-01-01T00:00:00.000Z',
  updated: '2026-03-05T00:00:00.000Z',
  tags: [{ name: 'knees' }, { name: 'joint noise' }],
  faqs: [
    { question: 'Is it arthritis?', answer: 'Usually not.' },
    { question: 'Should I stop running?', answer: 'Not if it does not hurt.' },
  ],
  sources: [
    { title: 'Knee pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/knee-pain/', year: 2023 },
    { title: 'A review', publisher: 'A journal', url: 'https://doi.org/10.1000/x', year: 2020, doi: '10.1000/x' },
  ],
};

describe('medicalWebPageJsonLd', () => {
  it('describes the page with its own dates, keywords and one citation per source', () => {
    const page = medicalWebPageJsonLd(question);
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: absoluteUrl('/questions/why-do-knees-click'),
      headline: 'Why do my knees click?',
      description: 'Clicking knees are usually harmless.',
      datePublished: '2026-01-01',
      dateModified: '2026-03-05',
      keywords: 'knees, joint noise',
      author: { '@type': 'Organization', publishingPrinciples: absoluteUrl('/editorial-policy') },
      publisher: { '@type': 'Organization' },
      publishingPrinciples: absoluteUrl('/editorial-policy'),
    });
    expect(page.citation).toEqual([
      expect.objectContaining({
        '@type': 'CreativeWork',
        name: 'Knee pain',
        url: 'https://www.nhs.uk/conditions/knee-pain/',
      }),
      expect.objectContaining({
        '@type': 'ScholarlyArticle',
        url: 'https://doi.org/10.1000/x',
        identifier: [{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1000/x' }],
      }),
    ]);
  });
  it('names a reviewer only when the question records one; lastReviewed is the later of reviewed and updated', () => {
    expect(medicalWebPageJsonLd(question).lastReviewed).toBe(question.updated.slice(0, 10));
    expect(medicalWebPageJsonLd(question)).not.toHaveProperty('reviewedBy');
    const reviewed = medicalWebPageJsonLd({
      ...question,
      reviewed: '2026-04-01T00:00:00.000Z',
      // A fictional fixture: the shipped registry names no reviewer.
      reviewer: { name: 'Dr A. Example', credentials: 'MBBS', profileUrl: 'https://reviewers.example/a' },
    });
    expect(reviewed).toMatchObject({
      lastReviewed: '2026-04-01',
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr A. Example',
        honorificSuffix: 'MBBS',
        url: 'https://reviewers.example/a',
      },
    });
  });
  it('does not change the document it reads', () => {
    const before = structuredClone(question);
    medicalWebPageJsonLd(question);
    faqPageJsonLd(question);
    expect(question).toEqual(before);
  });
});

describe('faqPageJsonLd', () => {
  it('lists every FAQ with its answer, in order', () => {
    expect(faqPageJsonLd(question).mainEntity).toEqual([
      { '@type': 'Question', name: 'Is it arthritis?', acceptedAnswer: { '@type': 'Answer', text: 'Usually not.' } },
      {
        '@type': 'Question',
        name: 'Should I stop running?',
        acceptedAnswer: { '@type': 'Answer', text: 'Not if it does not hurt.' },
      },
    ]);
  });
});

describe('breadcrumbListJsonLd and collectionPageJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const trail = questionTrail({ title: 'Fitness', url: '/categories/fitness' }, question);
    expect(breadcrumbListJsonLd(trail).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: 'Fitness', item: absoluteUrl('/categories/fitness') },
      { '@type': 'ListItem', position: 3, name: 'Why do my knees click?', item: absoluteUrl(question.url) },
    ]);
  });
  it('lists the questions of a collection', () => {
    const page = collectionPageJsonLd({
      name: 'Fitness',
      description: 'd',
      path: '/categories/fitness',
      questions: [question],
    });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      url: absoluteUrl('/categories/fitness'),
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 1,
        itemListElement: [{ position: 1, url: absoluteUrl(question.url) }],
      },
    });
  });
});

describe('serializeJsonLd and <JsonLd>', () => {
  const hostile = medicalWebPageJsonLd({ ...question, title: `Knees ${EVIL}`, summary: '<!-- a & b > c' });

  it('leaves no "<" in the output, yet parses back to the original text', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('renders a title with a closing script tag as text inside one script element', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: hostile }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(inner).headline).toBe(`Knees ${EVIL}`);
  });
});
