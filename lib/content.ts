// Server-side access to content: the slim index (read once per process) and one question's full
// document (read on demand), so no page ever loads every compiled body.
import 'server-only';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import type { Question } from 'contentlayer/generated';
import type { CategoryEntry, ContentIndex, QuestionEntry } from './content-types';
import { CONTENT_INDEX_PATH } from './content-paths';
import { findQuestion, questionsToPrerender, visibleQuestions } from './questions';
import { site } from './site';

const includeDrafts = process.env.NODE_ENV === 'development';

let loaded: { index: ContentIndex; questions: QuestionEntry[] } | undefined;

function load() {
  if (!loaded) {
    const index = JSON.parse(
      readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), CONTENT_INDEX_PATH), 'utf8'),
    ) as ContentIndex;
    loaded = { index, questions: visibleQuestions(index.questions, { includeDrafts }) };
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

export function getQuestionEntry(slug: string): QuestionEntry | undefined {
  return findQuestion(getQuestions(), slug);
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

/** Route params of the questions a build prerenders (page and Open Graph image alike); the rest use ISR. */
export function prerenderedQuestionParams(): { slug: string }[] {
  return questionsToPrerender(getQuestions(), site.prerenderLimit).map((question) => ({ slug: question.slug }));
}
