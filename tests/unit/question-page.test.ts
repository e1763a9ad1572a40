// The question page's view model: what the page lays out comes normalised from one place.
import type { Question } from 'contentlayer/generated';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CategoryEntry, QuestionEntry } from '@/lib/content/types';
import { entry } from '../helpers/entries';

const store = vi.hoisted(() => ({
  questions: new Map<string, { doc: unknown; entry: QuestionEntry }>(),
  entries: new Map<string, QuestionEntry>(),
  categories: new Map<string, CategoryEntry>(),
}));

vi.mock('server-only', () => ({}));
vi.mock('@/data/reviewers', () => ({
  REVIEWERS: [{ id: 'dr-a', name: 'Dr A', credentials: 'MBBS', profileUrl: 'https://example.org/dr-a' }],
}));
vi.mock('@/lib/content/store', () => ({
  getQuestion: async (slug: string) => store.questions.get(slug),
  getCategory: (slug: string) => store.categories.get(slug),
  getQuestionEntry: (slug: string) => store.entries.get(slug),
  getQuestionEntries: (slugs: readonly string[]) => slugs.flatMap((slug) => store.entries.get(slug) ?? []),
}));

const { getQuestionPage } = await import('@/lib/pages/question-page');

const sleep: CategoryEntry = {
  slug: 'sleep',
  url: '/categories/sleep',
  title: 'Sleep',
  description: 'd',
  symptoms: false,
  crisisSupport: false,
};

// Only the document fields the view model reads; the build's own types are checked by tsc elsewhere.
type DocFields = Partial<Omit<Question, 'verdict' | 'faqs' | 'whenToGetHelp'>> & {
  verdict?: string;
  whenToGetHelp?: { action: string; signs: string[] }[];
  faqs?: { question: string; answer: string }[];
};

function add(slug: string, doc: DocFields = {}, overrides: Partial<Omit<QuestionEntry, 'tags'>> = {}) {
  const questionEntry = entry(slug, { category: 'sleep', ...overrides });
  store.entries.set(slug, questionEntry);
  store.questions.set(slug, {
    entry: questionEntry,
    doc: {
      title: slug,
      category: 'sleep',
      summary: 's',
      shortAnswer: 'a',
      headings: [],
      keyPoints: [],
      tips: [],
      myths: [],
      faqs: [],
      sources: [],
      published: '2026-01-01',
      updated: '2026-01-02',
      ...doc,
    },
  });
}

beforeEach(() => {
  store.questions.clear();
  store.entries.clear();
  store.categories.clear();
  store.categories.set('sleep', sleep);
});

describe('getQuestionPage', () => {
  it('is undefined for an unknown slug or a question whose category is missing', async () => {
    expect(await getQuestionPage('nothing-here')).toBeUndefined();
    add('orphan', { category: 'gone' });
    expect(await getQuestionPage('orphan')).toBeUndefined();
  });

  it('finds a question from its encoded route parameter', async () => {
    add('café');
    expect((await getQuestionPage('caf%C3%A9'))?.entry.slug).toBe('café');
  });

  it('keeps a known verdict only, and gives no help boxes when there are none', async () => {
    add('known', { verdict: 'works' });
    add('unknown', { verdict: 'perhaps' });
    expect((await getQuestionPage('known'))?.verdict).toBe('works');
    expect((await getQuestionPage('unknown'))?.verdict).toBeUndefined();
    expect((await getQuestionPage('known'))?.help).toEqual([]);
  });

  it("shows the help boxes most urgent first, each with its action's heading, leaving out empty ones", async () => {
    add('boxes', {
      whenToGetHelp: [
        { action: 'gp-or-111', signs: ['it lasts a week'] },
        { action: 'urgent-gp-or-111', signs: [] },
        { action: 'call-999', signs: ['you faint during exercise'] },
      ],
    });
    const help = (await getQuestionPage('boxes'))?.help;
    expect(help?.map((box) => [box.action, box.level, box.heading, box.signs])).toEqual([
      ['call-999', 'immediate', 'Call 999 if:', ['you faint during exercise']],
      ['gp-or-111', 'non-urgent', 'See a GP or contact NHS 111 if:', ['it lasts a week']],
    ]);
  });

  it('gives the review dates: the later of reviewed and updated, and the next review a year on', async () => {
    add('updated-only', { updated: '2026-02-28T00:00:00.000Z' });
    add('reviewed-later', { updated: '2026-01-10T00:00:00.000Z', reviewed: '2026-03-31T00:00:00.000Z' });
    expect((await getQuestionPage('updated-only'))?.reviewDates).toEqual({
      lastReviewed: '2026-02-28',
      lastReviewedField: 'updated',
      nextReviewDue: '2027-02-28',
    });
    expect((await getQuestionPage('reviewed-later'))?.reviewDates).toMatchObject({
      lastReviewed: '2026-03-31',
      lastReviewedField: 'reviewed',
      nextReviewDue: '2027-03-31',
    });
  });

  it('names a reviewer from the registry only with a review date', async () => {
    add('reviewed', { reviewer: 'dr-a', reviewed: '2026-02-01' });
    add('undated', { reviewer: 'dr-a' });
    const reviewed = await getQuestionPage('reviewed');
    expect(reviewed?.review).toEqual({ reviewer: expect.objectContaining({ name: 'Dr A' }), date: '2026-02-01' });
    expect(reviewed?.structuredData.reviewer?.name).toBe('Dr A');
    const undated = await getQuestionPage('undated');
    expect(undated?.review).toBeUndefined();
    expect(undated?.structuredData.reviewer).toBeUndefined();
  });

  it('gives structured data plain FAQ answers, the trail, and the related and neighbouring entries', async () => {
    add('other');
    add('next-one');
    add(
      'linked',
      { faqs: [{ question: 'Why?', answer: 'See [[other|the other question]].' }] },
      { related: ['other'], next: 'next-one' },
    );
    const page = await getQuestionPage('linked');
    expect(page?.structuredData.faqs[0].answer).toBe('See the other question.');
    expect(page?.trail.map((crumb) => crumb.name)).toEqual(['Home', 'Sleep', 'linked']);
    expect(page?.related.map((related) => related.slug)).toEqual(['other']);
    expect(page?.next?.slug).toBe('next-one');
    expect(page?.previous).toBeUndefined();
  });
});
