// The site search engine over the slim index: which fields are searched and how much each weighs,
// building the index once at build time, and loading the serialised index on the server (the search
// page and /api/suggest) with exactly the same options.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { ContentIndex, QuestionEntry } from '../content/types';
import { visibleQuestions } from '../content/questions';
import { processTerm, tokenize } from './terms';

/** One question as the search index sees it: its url (the id) and the searchable text. */
export interface SearchDocument {
  id: string;
  title: string;
  aliases: string;
  summary: string;
  shortAnswer: string;
  tags: string;
  category: string;
  faqs: string;
}

/** The fields stored in the index for showing a suggestion without any other data. */
export interface StoredFields {
  title: string;
  category: string;
}

export interface SearchHit extends StoredFields {
  /** The question's url. */
  url: string;
  score: number;
  /** Index terms that matched, for highlighting (see highlightSegments). */
  terms: string[];
}

export type SearchEngine = MiniSearch<SearchDocument>;

const SEARCH_FIELDS = ['title', 'aliases', 'summary', 'shortAnswer', 'tags', 'category', 'faqs'] as const;

// Title and FAQ questions say best what a page answers; aliases are other titles for it.
const FIELD_BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  title: 3,
  faqs: 2,
  aliases: 1.5,
  tags: 1.5,
  category: 1,
  summary: 1,
  shortAnswer: 1,
};

export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOST,
  // Terms arrive stemmed. Prefix search serves type-ahead ("twit"); fuzzy search forgives a typo
  // ("twiching"), and on longer words a swapped pair ("protien"), but leaves short words exact so
  // "leg" does not also find "log" and "lag".
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
  combineWith: 'OR',
};

const OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['title', 'category'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};

/** The searchable text of one question; the category is searched by its title, not its slug. */
export function toSearchDocument(entry: QuestionEntry, categoryTitles: ReadonlyMap<string, string>): SearchDocument {
  return {
    id: entry.url,
    title: entry.title,
    aliases: entry.aliases.join('\n'),
    summary: entry.summary,
    shortAnswer: entry.shortAnswer,
    tags: entry.tags.map((tag) => tag.name).join('\n'),
    category: categoryTitles.get(entry.category) ?? entry.category,
    faqs: entry.faqQuestions.join('\n'),
  };
}

/** The documents of the published questions: a draft is never found on the live site. */
function searchDocuments({ questions, categories }: ContentIndex): SearchDocument[] {
  const categoryTitles = new Map(categories.map((category) => [category.slug, category.title]));
  return visibleQuestions(questions, { includeDrafts: false }).map((entry) => toSearchDocument(entry, categoryTitles));
}

/** Builds the index over the published questions. */
export function buildSearchIndex(index: ContentIndex): SearchEngine {
  const engine = new MiniSearch<SearchDocument>(OPTIONS);
  engine.addAll(searchDocuments(index));
  return engine;
}

const sameDocument = (a: SearchDocument, b: SearchDocument) =>
  (Object.keys(a) as (keyof SearchDocument)[]).every((field) => a[field] === b[field]);

/**
 * A search index kept from one content step to the next (npm run dev's watcher): each update adds,
 * replaces or removes only the questions whose searchable text changed, where building it again took
 * 0.83 s of every save at 10,000 questions. Searches find what `buildSearchIndex` would find for the
 * same content, with the same scores; only hits of equal score may come in another order.
 */
export class SearchIndexUpdater {
  private readonly engine = new MiniSearch<SearchDocument>(OPTIONS);
  private readonly documents = new Map<string, SearchDocument>();

  update(index: ContentIndex): SearchEngine {
    const next = new Map(searchDocuments(index).map((document) => [document.id, document]));
    for (const [id, document] of this.documents) {
      if (next.has(id)) continue;
      this.engine.remove(document);
      this.documents.delete(id);
    }
    for (const [id, document] of next) {
      const previous = this.documents.get(id);
      if (previous && sameDocument(previous, document)) continue;
      // Removed as it was added: MiniSearch finds its terms again from the very same text.
      if (previous) this.engine.remove(previous);
      this.engine.add(document);
      this.documents.set(id, document);
    }
    return this.engine;
  }
}

export function serializeSearchIndex(engine: SearchEngine): string {
  return JSON.stringify(engine);
}

/** Loads an index written by serializeSearchIndex; the options must be the ones it was built with. */
export function loadSearchIndex(json: string): SearchEngine {
  return MiniSearch.loadJSON<SearchDocument>(json, OPTIONS);
}

/** The questions matching a query, most relevant first. */
export function searchQuestions(engine: SearchEngine, query: string, limit = Infinity): SearchHit[] {
  if (query.trim().length === 0) return [];
  return engine
    .search(query)
    .slice(0, limit)
    .map((result) => ({
      url: String(result.id),
      title: String(result.title),
      category: String(result.category),
      score: result.score,
      terms: result.terms,
    }));
}

/**
 * Type-ahead for the header box, tuned to answer in a few milliseconds at 10,000 questions: it looks
 * at the fields that name a question (not the summary or short answer), completes only the word
 * being typed (the last one), and forgives one typo in words of five letters or more.
 */
const SUGGEST_OPTIONS: SearchOptions = {
  ...SEARCH_OPTIONS,
  fields: ['title', 'aliases', 'tags', 'category', 'faqs'],
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  maxFuzzy: 1,
};

/** Suggestions for the header box: the best few hits, without their scores. */
export function suggestQuestions(engine: SearchEngine, query: string, limit: number): Omit<SearchHit, 'score'>[] {
  if (query.trim().length === 0) return [];
  return engine
    .search(query, SUGGEST_OPTIONS)
    .slice(0, limit)
    .map((result) => ({
      url: String(result.id),
      title: String(result.title),
      category: String(result.category),
      terms: result.terms,
    }));
}
