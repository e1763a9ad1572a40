// Runs after the content build: writes the slim index (.content/index.json) that every list reads,
// and the search index built from it (.content/search-index.json), served to the search page and the browser.
// Reads the generated documents one file at a time, so no step holds every compiled body at once.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildContentIndex,
  GENERATED_QUESTION_DIR,
  type GeneratedCategory,
  type GeneratedQuestion,
} from '../lib/build/content-index';
import { CONTENT_INDEX_PATH, SEARCH_INDEX_PATH } from '../lib/content/paths';
import { runContentStep } from './lib/content-step';
import { countReaderWords, type ReadableQuestion } from '../lib/content/reading-time';
import { buildSearchIndex, serializeSearchIndex } from '../lib/search/engine';

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

async function readQuestionsWithoutBodies(): Promise<GeneratedQuestion[]> {
  const files = (await readdir(GENERATED_QUESTION_DIR)).filter(
    (file) => file.endsWith('.json') && !file.startsWith('_index'),
  );
  const questions: GeneratedQuestion[] = [];
  for (const file of files) {
    const { body, ...question } = await readJson<Omit<GeneratedQuestion, 'readerWords'> & ReadableQuestion>(
      path.join(GENERATED_QUESTION_DIR, file),
    );
    // Count the words while the body is loaded, then drop it, so only slim fields stay in memory.
    questions.push({ ...question, readerWords: countReaderWords({ ...question, body }) });
  }
  return questions;
}

await runContentStep('Content index', async () => {
  const questions = await readQuestionsWithoutBodies();
  const categories = await readJson<GeneratedCategory[]>('.contentlayer/generated/Category/_index.json');
  const index = buildContentIndex(questions, categories, {
    // Only read when a problem needs its line number.
    readSource: (file) => readFileSync(file, 'utf8'),
  });
  await mkdir(path.dirname(CONTENT_INDEX_PATH), { recursive: true });
  await writeFile(CONTENT_INDEX_PATH, JSON.stringify(index));
  console.log(
    `Content index: ${index.questions.length} questions, ${index.categories.length} categories -> ${CONTENT_INDEX_PATH}`,
  );
  const engine = buildSearchIndex(index);
  const searchIndex = serializeSearchIndex(engine);
  await writeFile(SEARCH_INDEX_PATH, searchIndex);
  console.log(
    `Search index: ${engine.documentCount} published questions, ${Buffer.byteLength(searchIndex)} bytes -> ${SEARCH_INDEX_PATH}`,
  );
});
