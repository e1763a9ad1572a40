import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { visibleQuestions } from '@/lib/content/questions';
import {
  buildSearchIndex,
  loadSearchIndex,
  SearchIndexUpdater,
  searchQuestions,
  serializeSearchIndex,
  suggestQuestions,
} from '@/lib/search/engine';
import { highlightSegments, processTerm, tokenize } from '@/lib/search/terms';
import { entry } from '../helpers/entries';
import { shippedContentIndex } from '../helpers/shipped-content';

const REFERENCE = '/questions/why-do-my-muscles-twitch-after-a-workout';

const shipped = shippedContentIndex();
const published = visibleQuestions(shipped.questions, { includeDrafts: false });
// The search as it ships: built, serialised and loaded back, as the server and browser do.
const engine = loadSearchIndex(serializeSearchIndex(buildSearchIndex(shipped)));
const urls = (query: string) => searchQuestions(engine, query).map((hit) => hit.url);

/** A plausible typo: the longest word of a text with one inner letter dropped ("twitch" -> "twtch"). */
function misspell(text: string): string {
  const longest = tokenize(text).reduce((a, b) => (b.length > a.length ? b : a), '');
  const typo = longest.slice(0, 2) + longest.slice(3);
  return text.replace(longest, typo);
}

describe('search over the shipped content', () => {
  it('indexes every published question and no draft', () => {
    expect(engine.documentCount).toBe(published.length);
    expect(published.map((q) => q.url)).toContain(REFERENCE);
  });

  it('finds each question first from its own title', () => {
    for (const question of published) expect(urls(question.title)[0], question.title).toBe(question.url);
  });

  it('finds each question first from its own title with a typo in its longest word', () => {
    for (const question of published) {
      expect(urls(misspell(question.title))[0], misspell(question.title)).toBe(question.url);
    }
  });

  it('finds the reference question from typos, other word forms and partial words', () => {
    for (const query of ['twiching', 'muscle twitches after workouts', 'twitching muscles', 'musle twich', 'twitc'])
      expect(urls(query)[0], query).toBe(REFERENCE);
  });

  it('matches a plural and its singular alike', () => {
    expect(urls('cramps')).toContain(REFERENCE);
    expect(urls('cramps')).toEqual(urls('cramp'));
    expect(urls('muscles')).toEqual(urls('muscle'));
  });

  it('finds questions by an alias, a tag and a category name', () => {
    const reference = published.find((q) => q.url === REFERENCE);
    expect(reference?.aliases.length).toBeGreaterThan(0);
    expect(urls(reference!.aliases[0])[0]).toBe(REFERENCE);
    const category = shipped.categories.find((c) => c.slug === reference!.category);
    expect(urls(category!.title)).toContain(REFERENCE);
  });

  it('reports the matched terms so the words can be highlighted', () => {
    const [hit] = searchQuestions(engine, 'twiching');
    const marked = highlightSegments(hit.title, hit.terms).filter((segment) => segment.match);
    expect(marked.map((segment) => segment.text)).toEqual(['twitch']);
  });

  it('finds nothing for words that appear nowhere, and nothing for an empty query', () => {
    expect(urls('xylophone quasar')).toEqual([]);
    expect(urls('   ')).toEqual([]);
    expect(urls('why do my')).toEqual([]);
  });
});

describe('ranking', () => {
  const corpus = (questions: ReturnType<typeof entry>[]): ContentIndex => ({
    questions,
    categories: [{ slug: 'general', url: '/categories/general', title: 'General', description: '' }],
  });
  const rank = (index: ContentIndex, query: string) =>
    searchQuestions(buildSearchIndex(index), query).map((hit) => hit.url.replace('/questions/', ''));

  it('puts a title match above a summary or short-answer match', () => {
    const index = corpus([
      entry('in-summary', { title: 'Leg pain at night', summary: 'Often a cramp after exercise.' }),
      entry('in-answer', { title: 'Sore calves', shortAnswer: 'A cramp is a sudden tight muscle.' }),
      entry('in-title', { title: 'What causes a cramp?', summary: 'Sudden tightening.' }),
    ]);
    expect(rank(index, 'cramp')[0]).toBe('in-title');
  });

  it('puts an FAQ question match above a summary match', () => {
    const index = corpus([
      entry('in-summary', { title: 'Tiredness', summary: 'Caffeine late in the day can keep you awake.' }),
      entry('in-faq', { title: 'Energy drinks', faqQuestions: ['Does caffeine keep you awake?'] }),
    ]);
    expect(rank(index, 'caffeine')[0]).toBe('in-faq');
  });

  it('never finds a draft', () => {
    const index = corpus([entry('draft', { title: 'Secret cramp', draft: true }), entry('live', { title: 'Cramp' })]);
    expect(rank(index, 'cramp')).toEqual(['live']);
  });

  it('ranks a question matching more of the query above one matching less', () => {
    const index = corpus([
      entry('one', { title: 'Muscle soreness' }),
      entry('both', { title: 'Muscle soreness after running' }),
    ]);
    expect(rank(index, 'sore muscles after running')[0]).toBe('both');
  });
});

// Stop words are dropped at both ends, so the title words that matter are the ones left.
it('a title still has searchable words once stop words are dropped', () => {
  for (const question of published) expect(tokenize(question.title).some((word) => processTerm(word))).toBe(true);
});

describe('the search index kept between saves (npm run dev)', () => {
  // Every published question of the shipped content, then edited as an editor would between saves.
  const saves: ContentIndex[] = [shipped];
  const [first, second, third, ...rest] = shipped.questions.filter((question) => !question.draft);
  saves.push({
    ...shipped,
    questions: [
      { ...first!, title: 'Why do my calves cramp at night after cycling?' },
      { ...second!, tags: [...second!.tags, { name: 'Hydration', slug: 'hydration' }] },
      { ...third!, draft: true },
      ...rest.slice(1),
      { ...rest[0]!, slug: 'renamed-question', url: '/questions/renamed-question' },
      entry('new-question', { title: 'Can stretching stop a cramp?', faqQuestions: ['Does salt help a cramp?'] }),
    ],
  });
  saves.push({ ...saves[1]!, questions: saves[1]!.questions.filter((question) => question.slug !== 'new-question') });
  const queries = ['cramp', 'cramp calves night', 'hydration', 'sleep', 'stretching salt', 'muscle twitch', 'caffeine'];
  // Hits of equal score may come in another order: compare each hit's score, in order of address.
  const hits = (engine: ReturnType<typeof buildSearchIndex>, query: string) =>
    searchQuestions(engine, query)
      .map((hit) => `${hit.url} ${hit.score.toFixed(6)}`)
      .sort();

  it('finds after every save what an index built afresh finds, with the same scores', () => {
    const kept = new SearchIndexUpdater();
    for (const index of saves) {
      const engine = kept.update(index);
      const fresh = buildSearchIndex(index);
      expect(engine.documentCount).toBe(fresh.documentCount);
      for (const query of queries) expect(hits(engine, query), query).toEqual(hits(fresh, query));
      expect(suggestQuestions(engine, 'cram', 6).length).toBe(suggestQuestions(fresh, 'cram', 6).length);
      // As the server loads it.
      const loaded = loadSearchIndex(serializeSearchIndex(engine));
      for (const query of queries) expect(hits(loaded, query), query).toEqual(hits(fresh, query));
    }
  });

  it('forgets a question that became a draft or was deleted', () => {
    const kept = new SearchIndexUpdater();
    kept.update(saves[1]!);
    const engine = kept.update(saves[2]!);
    const found = searchQuestions(engine, 'stretching cramp').map((hit) => hit.url);
    expect(found).not.toContain('/questions/new-question');
    expect(searchQuestions(engine, third!.title).map((hit) => hit.url)).not.toContain(third!.url);
  });
});
