// Runs after the content build: writes the slim index (.content/index.json) that every list reads,
// and the search index built from it (.content/search-index.json), which the search page and /api/suggest load.
// Reads the generated documents one file at a time, so no step holds every compiled body at once.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from './lib/write-whole';
import { INDEX_CACHE_PATH } from '../lib/build/outputs';
import {
  buildContentIndex,
  indexFields,
  type GeneratedCategory,
  type GeneratedQuestion,
} from '../lib/build/content-index';
import {
  CONTENT_INDEX_PATH,
  GENERATED_CATEGORY_INDEX_PATH,
  GENERATED_QUESTION_DIR,
  SEARCH_INDEX_PATH,
} from '../lib/content/paths';
import { runContentStep } from './lib/content-step';
import { isScript } from './lib/is-script';
import { readJsonCache, writeJsonCache } from './lib/json-cache-file';
import { countReaderWords, type ReadableQuestion } from '../lib/content/reading-time';
import { buildSearchIndex, serializeSearchIndex, SearchIndexUpdater } from '../lib/search/engine';

/** In every entry's stamp: entries written by a version that kept other fields are read again. */
const SLIM_CACHE_VERSION = 'index-fields-1';

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Slim fields of each generated document by file, with the size and time of the file they came from. */
type SlimCache = Record<string, { stamp: string; question: GeneratedQuestion }>;

async function readSlimCache(): Promise<SlimCache> {
  const stored = await readJsonCache(INDEX_CACHE_PATH);
  return typeof stored === 'object' && stored !== null ? (stored as SlimCache) : {};
}

/**
 * Every generated question without its body. A document whose file is unchanged since the previous
 * run (same size and modification time: the content build moves kept documents, never rewrites them)
 * comes from the slim cache, so a one-question edit reads one compiled body, not all of them.
 */
async function readQuestionsWithoutBodies(): Promise<GeneratedQuestion[]> {
  const files = (await readdir(GENERATED_QUESTION_DIR))
    .filter((file) => file.endsWith('.json') && !file.startsWith('_index'))
    .sort();
  const previous = await readSlimCache();
  const next: SlimCache = {};
  for (const file of files) {
    const stats = statSync(path.join(GENERATED_QUESTION_DIR, file)); // 10,000 of them: sync is far faster
    const stamp = `${SLIM_CACHE_VERSION}:${stats.size}:${stats.mtimeMs}`;
    const cached = previous[file];
    if (cached?.stamp === stamp) {
      next[file] = cached;
      continue;
    }
    // Read synchronously, like the stat above: for 10,000 documents fs/promises left the process idle
    // for 2.7 s of a 17.5 s step, waiting on the thread pool.
    const { body, ...question } = JSON.parse(readFileSync(path.join(GENERATED_QUESTION_DIR, file), 'utf8')) as Omit<
      GeneratedQuestion,
      'readerWords'
    > &
      ReadableQuestion;
    // Count the words while the body is loaded, then drop it, so only slim fields stay in memory.
    next[file] = {
      stamp,
      question: indexFields({ ...question, readerWords: countReaderWords({ ...question, body }) }),
    };
  }
  await writeJsonCache(INDEX_CACHE_PATH, next);
  return Object.values(next).map((entry) => entry.question);
}

/**
 * Writes the slim index and the search index from the generated documents. `search`, kept between
 * calls by npm run dev's watcher, updates the search index instead of building it again.
 */
export async function writeContentIndexes({ search }: { search?: SearchIndexUpdater } = {}): Promise<void> {
  const questions = await readQuestionsWithoutBodies();
  const categories = await readJson<GeneratedCategory[]>(GENERATED_CATEGORY_INDEX_PATH);
  const index = buildContentIndex(questions, categories, {
    // Only read when a problem needs its line number.
    readSource: (file) => readFileSync(file, 'utf8'),
  });
  await mkdir(path.dirname(CONTENT_INDEX_PATH), { recursive: true });
  // Pages in next dev read these while the watcher rewrites them: each is replaced whole.
  await writeWhole(CONTENT_INDEX_PATH, JSON.stringify(index));
  console.log(
    `Content index: ${index.questions.length} questions, ${index.categories.length} categories -> ${CONTENT_INDEX_PATH}`,
  );
  const engine = search ? search.update(index) : buildSearchIndex(index);
  const searchIndex = serializeSearchIndex(engine);
  await writeWhole(SEARCH_INDEX_PATH, searchIndex);
  console.log(
    `Search index: ${engine.documentCount} published questions, ${Buffer.byteLength(searchIndex)} bytes -> ${SEARCH_INDEX_PATH}`,
  );
}

if (isScript(import.meta.url)) await runContentStep('Content index', () => writeContentIndexes());
