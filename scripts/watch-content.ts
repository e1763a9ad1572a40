// `npm run dev`'s content half: after every saved change under content/ (an edit, a new file, a
// deletion) it runs the content step again in this one process (check, compile, slim and search
// indexes), with a contentlayer worker kept loaded between saves (scripts/lib/contentlayer-workers.ts),
// so each save pays neither a process start nor module loading. Between saves it also keeps the
// content files as read, the parsed caches and the search index (read again or updated only where a
// save changed them), and writes the check's and index step's caches after publishing. The compile
// keeps every question the change does not touch (the edited question, and any whose links now
// resolve differently, are compiled again). Pages read the indexes again when they change
// (lib/content/store.ts), so home, lists, related questions, search and links all show the change
// without restarting dev. A save with a content problem prints it and leaves the last good content.
// Saves are heard however the editor writes the file (scripts/lib/watch-files.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, CONTENT_INDEX_PATH } from '../lib/content/paths';
import type { ContentIndex } from '../lib/content/types';
import { loadContentFiles } from '../lib/content-check/load';
import {
  checkAndCompileContent,
  keepContentlayerWorkersBetweenSaves,
  prestartContentlayer,
  warmUpContentlayer,
} from './build-content';
import { writeContentIndexes } from './build-content-index';
import { reportContentStep } from './lib/content-step';
import { watchFiles } from './lib/watch-files';
import { SearchIndexUpdater } from '../lib/search/engine';
import { CHECK_CACHE_PATH, COMPILE_MANIFEST_PATH, INDEX_CACHE_PATH } from '../lib/build/outputs';
import { deferJsonCaches, readJsonCache } from './lib/json-cache-file';

const contentDir = path.join(process.cwd(), CONTENT_DIR);
// Editors save several files at once (and some editors write a file twice): wait for a quiet moment.
// Files changed while a step runs start another once it ends. (chokidar itself holds a deletion back
// 100 ms, in case the file is written again.)
const SETTLE_MS = 75;

// Kept between saves: each one updates the search index rather than building it again.
const search = new SearchIndexUpdater();

async function updateContent(): Promise<number> {
  return reportContentStep('Content', async () => {
    const code = await checkAndCompileContent();
    if (code !== 0) return code;
    await writeContentIndexes({ search });
  });
}

/**
 * Every file under content/ with its size and modification time. The content build hard-links the
 * files into its shard folders, which changes their link count: the watcher hears that as a change,
 * and without this comparison each save would be followed by a second, empty rebuild.
 */
function contentStamp(): string {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .flatMap((name) => {
      const stats = statSync(path.join(contentDir, name), { throwIfNoEntry: false });
      return stats?.isFile() ? [`${name}:${stats.size}:${stats.mtimeMs}`] : [];
    })
    .sort()
    .join('\n');
}

/**
 * What the first save would otherwise pay for, done now while next dev starts (at 10,000 questions
 * the first save's step took 7.5 s, the next ones 3.4 to 5.6 s): every content file read and hashed,
 * the caches parsed, the search index built from the index the content step just wrote. Best effort.
 */
async function primeContentStep(): Promise<void> {
  await loadContentFiles(CONTENT_DIR);
  await Promise.all([CHECK_CACHE_PATH, COMPILE_MANIFEST_PATH, INDEX_CACHE_PATH].map((file) => readJsonCache(file)));
  search.update(JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex);
}

let builtStamp = contentStamp();
let running = false;
let again = false;

async function rebuild(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    const stamp = contentStamp();
    if (stamp === builtStamp) continue;
    builtStamp = stamp;
    const started = performance.now();
    const code = await updateContent();
    // A worker whose heap has grown is replaced (scripts/lib/contentlayer-workers.ts): have the next one
    // loaded before the next save.
    prestartContentlayer();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      code === 0
        ? `Content updated in ${seconds}s`
        : `Content not updated (${seconds}s): the site keeps showing the last good content. Fix the file and save again.`,
    );
  } while (again);
  running = false;
}

// A save is published before the check's and the index step's caches are written (the compile's
// manifest is written at once: it says which compiled documents can be kept).
deferJsonCaches([CHECK_CACHE_PATH, INDEX_CACHE_PATH], 1_000);
// Contentlayer loads and builds once, now, rather than on the first save.
keepContentlayerWorkersBetweenSaves();
prestartContentlayer();
void warmUpContentlayer().catch(() => undefined);
void primeContentStep().catch(() => undefined);
await watchFiles(contentDir, { settleMs: SETTLE_MS, onSettled: () => void rebuild() });
console.log(`Watching ${CONTENT_DIR}/ for changes`);
