// Server-side access to content: the slim index (read once per process, and again in development
// whenever the content watcher rewrites it) and one question's full document (read on demand), so no
// page ever loads every compiled body.
import 'server-only';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import type { Question } from 'contentlayer/generated';
import type { CategoryEntry, ContentIndex, QuestionEntry } from './types';
import { CONTENT_INDEX_PATH, SEARCH_INDEX_PATH } from './paths';
import { buildLinkIndex, linkResolver, type LinkResolver } from './internal-links';
import { featuredThenNewest, visibleQuestions } from './questions';
import { loadSearchIndex, type SearchEngine } from '../search/engine';
import { site } from '../site';
import { allTags } from './taxonomy';

const development = process.env.NODE_ENV === 'development';
const includeDrafts = development;

interface Loaded {
  index: ContentIndex;
  questions: QuestionEntry[];
  bySlug: Map<string, QuestionEntry>;
  resolveLink: LinkResolver;
  /** Every visible question, featured first, then newest: computed on first use. */
  featuredThenNewest?: QuestionEntry[];
}

let loaded: Loaded | undefined;
let searchEngine: SearchEngine | undefined;
let byUrl: Map<string, QuestionEntry> | undefined;
let loadedStamp: string | undefined;

function projectPath(file: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), file);
}

function readProjectFile(file: string): string {
  return readFileSync(projectPath(file), 'utf8');
}

/**
 * In development (`npm run dev`), scripts/watch-content.ts rebuilds the index after every saved
 * change: forget what was read when either index file changed, so every page shows the edit.
 */
function forgetIfChanged(): void {
  if (!development) return;
  const stamp = [CONTENT_INDEX_PATH, SEARCH_INDEX_PATH]
    .map((file) => {
      try {
        return statSync(projectPath(file)).mtimeMs;
      } catch {
        return 0;
      }
    })
    .join(':');
  if (stamp === loadedStamp) return;
  loadedStamp = stamp;
  loaded = undefined;
  searchEngine = undefined;
  byUrl = undefined;
}

function load(): Loaded {
  forgetIfChanged();
  if (!loaded) {
    const index = JSON.parse(readProjectFile(CONTENT_INDEX_PATH)) as ContentIndex;
    const questions = visibleQuestions(index.questions, { includeDrafts });
    loaded = {
      index,
      questions,
      bySlug: new Map(questions.map((question) => [question.slug, question])),
      resolveLink: linkResolver(buildLinkIndex(index.questions), { includeDrafts }),
    };
  }
  return loaded;
}

/** Every question a reader may see, newest first. */
export function getQuestions(): QuestionEntry[] {
  return load().questions;
}

export function getCategories(): CategoryEntry[] {
  return load().index.categories;
}

export function getCategory(slug: string): CategoryEntry | undefined {
  return getCategories().find((category) => category.slug === slug);
}

/** The search engine, loaded from the serialised index once per process (the text is not kept). */
export function getSearchEngine(): SearchEngine {
  forgetIfChanged();
  searchEngine ??= loadSearchIndex(readProjectFile(SEARCH_INDEX_PATH));
  return searchEngine;
}

/** A visible question by its url (the id of a search result). */
export function getQuestionEntryByUrl(url: string): QuestionEntry | undefined {
  forgetIfChanged();
  byUrl ??= new Map(getQuestions().map((entry) => [entry.url, entry]));
  return byUrl.get(url);
}

export function getQuestionEntry(slug: string): QuestionEntry | undefined {
  return load().bySlug.get(slug);
}

/** The visible questions among `slugs`, in the same order (e.g. a question's related list). */
export function getQuestionEntries(slugs: readonly string[]): QuestionEntry[] {
  return slugs.flatMap((slug) => load().bySlug.get(slug) ?? []);
}

/** Resolves an internal-link target ([[...]]) in frontmatter text against visible questions. */
export function resolveInternalLink(target: string) {
  return load().resolveLink(target);
}

/** The full document of one visible question, or undefined for an unknown slug or a draft. */
export const getQuestion = cache(async (slug: string): Promise<{ entry: QuestionEntry; doc: Question } | undefined> => {
  const entry = getQuestionEntry(slug);
  if (!entry) return undefined;
  const doc = JSON.parse(
    await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), entry.documentPath), 'utf8'),
  ) as Question;
  return { entry, doc };
});

/**
 * The first `count` questions, featured first, then the newest: what a reader with nothing else to go
 * on is offered (every page's not-found fallback renders it) and what a build prerenders. Sorted once
 * per index, not on every request.
 */
export function getFeaturedThenNewest(count: number): QuestionEntry[] {
  const loaded = load();
  loaded.featuredThenNewest ??= featuredThenNewest(loaded.questions, loaded.questions.length);
  return loaded.featuredThenNewest.slice(0, Math.max(0, count));
}

/** Route params of the questions a build prerenders (page and Open Graph image alike); the rest use ISR. */
export function prerenderedQuestionParams(): { slug: string }[] {
  return getFeaturedThenNewest(site.prerenderLimit).map((question) => ({ slug: question.slug }));
}

/** Route params of the tags a build prerenders, the most used first; the rest use ISR. */
export function prerenderedTagParams(): { tag: string }[] {
  return allTags(getQuestions())
    .slice(0, site.prerenderLimit)
    .map((tag) => ({ tag: tag.slug }));
}
