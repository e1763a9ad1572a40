// Runs after `contentlayer2 build`: writes the slim index (.content/index.json) that every list reads,
// and the search index built from it (.content/search-index.json), served to the search page and the browser.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import {
  buildContentIndex,
  GENERATED_QUESTION_DIR,
  type GeneratedCategory,
  type GeneratedQuestion,
} from '../lib/build-content-index';
import { ContentError } from '../lib/content-errors';
import { CONTENT_INDEX_PATH, SEARCH_INDEX_PATH } from '../lib/content-paths';
import { buildSearchIndex, serializeSearchIndex } from '../lib/search';

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

try {
  const questions = await readJson<GeneratedQuestion[]>(`${GENERATED_QUESTION_DIR}/_index.json`);
  const categories = await readJson<GeneratedCategory[]>('.contentlayer/generated/Category/_index.json');
  const index = buildContentIndex(questions, categories, {
    // Only read when a problem needs its line number.
    readSource: (file) => readFileSync(file, 'utf8'),
  });
  await mkdir('.content', { recursive: true });
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
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
