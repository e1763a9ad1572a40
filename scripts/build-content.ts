// Compiles content/ with contentlayer2 into .contentlayer/generated, keeping every compiled question
// the previous build left whose file, links and compiler are unchanged (lib/build/content-cache.ts),
// so a one-question edit compiles one question. The rest goes through contentlayer in shards, up to
// one per core: contentlayer runs one document at a time per process, and its heap and per-document
// cost grow with the corpus. See the notes on issues 10 and 15 for the figures.
import { existsSync, linkSync, mkdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  linkTargetsOf,
  planContentBuild,
  type ContentCacheManifest,
  type QuestionSource,
} from '../lib/build/content-cache';
import { generatedDocumentPath } from '../lib/build/content-index';
import { mergeShardOutputs, updateGeneratedInPlace } from '../lib/build/shard-merge';
import { planShards } from '../lib/build/shards';
import { listQuestionFiles } from '../lib/content/files';
import { COMPILE_MANIFEST_PATH, SHARDS_DIR as SHARDS_PATH } from '../lib/build/outputs';
import { CONTENT_DIR, GENERATED_DIR as GENERATED_PATH } from '../lib/content/paths';
import { codeFingerprint } from './lib/code-fingerprint';
import { assertContentChecks, runContentStep } from './lib/content-step';
import { ContentlayerWorkers, DEFAULT_WORKER_HEAP_MB } from './lib/contentlayer-workers';
import { isScript } from './lib/is-script';
import { readContentFile } from '../lib/content-check/load';
import { readJsonCache, writeJsonCache } from './lib/json-cache-file';
import { buildLinkIndex, type LinkTarget } from '../lib/content/internal-links';
import { parseLinkTarget } from '../lib/mdx/link-targets';

const root = process.cwd();
const QUESTIONS_DIR = path.join(root, CONTENT_DIR, 'questions');
const GENERATED_DIR = path.join(root, GENERATED_PATH);
const CONTENTLAYER_DIR = path.dirname(GENERATED_DIR);
const NEXT_GENERATED_DIR = `${GENERATED_DIR}.next`;
const MANIFEST_FILE = path.join(root, COMPILE_MANIFEST_PATH);
const SHARDS_DIR = path.join(root, SHARDS_PATH);
const LINK_TARGETS_FILE = path.join(SHARDS_DIR, 'link-targets.json');
// 500: measured on 3,000 synthetic questions, shards of 500 against 1,500 took the same wall time
// (206 vs 201 s) and 6 % more CPU, with a 25 % lower peak (1.2 vs 1.6 GB for the process tree); at
// 10,000 shards of 1,500 peaked at 2.1 GB. See docs/build-performance.md.
const shardSize = Number(process.env.CONTENT_SHARD_SIZE ?? 500);

/**
 * What compiled documents depend on besides content: the config bundled with every local module it
 * imports (the MDX plugins), the exact packages, the patches applied to them, and NODE_ENV (MDX
 * compiles to development JSX without it).
 */
function compilerFingerprint(): Promise<string> {
  return codeFingerprint(root, ['contentlayer.config.ts'], [`NODE_ENV=${process.env.NODE_ENV ?? ''}`]);
}

async function readManifest(): Promise<ContentCacheManifest | undefined> {
  return (await readJsonCache(MANIFEST_FILE)) as ContentCacheManifest | undefined;
}

// Kept between shards and, in `npm run dev`'s watcher, between saves.
const workerHeapMb = Number(process.env.CONTENT_WORKER_HEAP_MB ?? DEFAULT_WORKER_HEAP_MB);
const contentlayer = new ContentlayerWorkers({ env: { LINK_TARGETS_FILE }, heapLimitMb: workerHeapMb });

async function prepareShard(dir: string, files: readonly string[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, CONTENT_DIR, 'questions'), { recursive: true });
  for (const name of ['node_modules', 'lib', 'package.json', 'tsconfig.json']) {
    await symlink(path.join(root, name), path.join(dir, name));
  }
  // A real copy: contentlayer keeps its cache beside the config's real path, which must differ per shard.
  await copyFile(path.join(root, 'contentlayer.config.ts'), path.join(dir, 'contentlayer.config.ts'));
  await symlink(path.join(root, CONTENT_DIR, 'categories'), path.join(dir, CONTENT_DIR, 'categories'));
  // The same relative paths as in content/questions, so documents keep their ids and slugs. Linked
  // synchronously: 10,000 links took 1.26 s with fs/promises and 0.30 s so, while the workers wait.
  for (const file of files) {
    const to = path.join(dir, CONTENT_DIR, 'questions', file);
    mkdirSync(path.dirname(to), { recursive: true });
    linkSync(path.join(QUESTIONS_DIR, file), to);
  }
}

/**
 * Compiles `files` (and the categories) in shards, up to one worker per core, each building its share
 * of the shards on its own while `meanwhile` (the content check) runs here; returns each shard's
 * generated directory. When `meanwhile` throws, the workers are stopped and nothing is returned.
 */
async function compileInShards(
  files: readonly string[],
  meanwhile: () => Promise<void>,
): Promise<string[] | undefined> {
  // At least one shard, even with no question to compile: it makes the categories and the types.
  const shards = files.length > 0 ? planShards(files, shardSize) : [[]];
  const dirs = shards.map((_, index) => path.join(SHARDS_DIR, String(index)));
  for (const [index, shardFiles] of shards.entries()) await prepareShard(dirs[index], shardFiles);
  const workers = Math.min(os.availableParallelism(), dirs.length);
  const compiling = Promise.all(
    Array.from({ length: workers }, (_, worker) => contentlayer.build(dirs.filter((_, i) => i % workers === worker))),
  );
  try {
    await meanwhile();
  } catch (error) {
    await contentlayer.stop();
    await compiling;
    throw error;
  }
  const failed = (await compiling).filter(({ code }) => code !== 0);
  for (const { output } of failed) {
    process.stderr.write(output);
    if (/heap out of memory/i.test(output))
      console.error(
        `A contentlayer worker ran out of memory: raise CONTENT_WORKER_HEAP_MB (now ${workerHeapMb}) or lower CONTENT_SHARD_SIZE (now ${shardSize}).`,
      );
  }
  return failed.length === 0 ? dirs.map((dir) => path.join(dir, GENERATED_PATH)) : undefined;
}

function documentFile(dir: string, name: string): string {
  return path.join(dir, path.basename(generatedDocumentPath(`questions/${name}`)));
}

/**
 * For `npm run dev`'s watcher: each save is one small shard, so a worker is kept until its heap holds
 * more than 60 % of its limit rather than replaced after 10 shards (see `WorkerOptions.heapShareLimit`).
 */
export function keepContentlayerWorkersBetweenSaves(): void {
  contentlayer.retireAfter({ shardsPerWorker: Number.POSITIVE_INFINITY, heapShareLimit: 0.6 });
}

/** Starts a contentlayer worker ahead of the first shard (the dev watcher does before the first save). */
export function prestartContentlayer(): void {
  contentlayer.prestart();
}

/**
 * For `npm run dev`'s watcher, once at start: a worker builds a shard with no question (the
 * categories only), so that the first save finds contentlayer's config, MDX stack and runtime warm
 * rather than paying for them (at 40 questions the first save showed in 2.3–2.6 s, later ones in
 * 1.1–1.9 s). Best effort: a failure is ignored, the save then starts a worker as it would have. In a
 * folder of its own, since a save meanwhile clears SHARDS_DIR.
 */
export async function warmUpContentlayer(): Promise<void> {
  const dir = path.join(CONTENTLAYER_DIR, 'warm-up-shard');
  try {
    await prepareShard(dir, []);
    await mkdir(SHARDS_DIR, { recursive: true });
    // The config reads every question's link target when it loads; none are needed here.
    if (!existsSync(LINK_TARGETS_FILE)) await writeFile(LINK_TARGETS_FILE, '[]');
    await contentlayer.build([dir]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles what changed since the previous build; 1 when a shard failed (its output is printed).
 * `meanwhile` runs while the shards compile, and the result is published only if it succeeds.
 */
async function compileContent(meanwhile: () => Promise<void>): Promise<number> {
  const started = performance.now();
  // The one rule for which files are questions (sub-folders included), shared with the check and contentlayer.
  const names = listQuestionFiles(path.join(root, CONTENT_DIR));
  // Read one after another (for 10,000 small files readFileSync took 0.27 s here, fs/promises 2.0 s),
  // and only when changed since the check read them (lib/content-check/load.ts).
  const sources: QuestionSource[] = names.map((name) => {
    const { text, hash } = readContentFile(path.join(QUESTIONS_DIR, name));
    return { name, text, hash };
  });
  const [fingerprint, previous] = await Promise.all([compilerFingerprint(), readManifest()]);

  const targets = linkTargetsOf(sources, previous, fingerprint, parseLinkTarget);
  const linkTargets: LinkTarget[] = [...targets.values()].flatMap(({ linkTarget }) => linkTarget ?? []);
  const previousQuestionDir = path.join(GENERATED_DIR, 'Question');
  const plan = planContentBuild({
    sources,
    previous,
    fingerprint,
    index: buildLinkIndex(linkTargets),
    targets,
    hasCompiled: (name) => existsSync(documentFile(previousQuestionDir, name)),
  });
  console.log(
    `Contentlayer: ${sources.length} questions, ${plan.keep.length} kept from the previous build, ${plan.compile.length} to compile`,
  );

  // Every shard resolves links against the whole library: read its link targets once, not per shard.
  await rm(SHARDS_DIR, { recursive: true, force: true });
  await mkdir(SHARDS_DIR, { recursive: true });
  await writeFile(LINK_TARGETS_FILE, JSON.stringify(linkTargets));
  const generated = await compileInShards(plan.compile, meanwhile);
  if (!generated) return 1;

  // The generated directory: the first shard's types and categories, every compiled question, and
  // every kept one, left where it was when there is any (a warm build), else a new folder.
  // The previous manifest goes before the generated directory changes: a build that stops half-way
  // from here leaves none, and the next build compiles everything. One that failed before here (a
  // content problem, a failed shard) left both as they were, so the next save compiles little.
  await mkdir(CONTENTLAYER_DIR, { recursive: true });
  await rm(MANIFEST_FILE, { force: true });
  if (plan.keep.length > 0) {
    await updateGeneratedInPlace(
      generated,
      GENERATED_DIR,
      plan.keep.map((name) => documentFile(previousQuestionDir, name)),
    );
  } else {
    await mergeShardOutputs(generated, NEXT_GENERATED_DIR);
    await rm(GENERATED_DIR, { recursive: true, force: true });
    await rename(NEXT_GENERATED_DIR, GENERATED_DIR);
  }
  await writeJsonCache(MANIFEST_FILE, plan.manifest);
  await rm(SHARDS_DIR, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Generated ${sources.length} questions in .contentlayer (${plan.compile.length} compiled in ${generated.length} ${generated.length === 1 ? 'shard' : 'shards'}, ${plan.keep.length} kept) in ${seconds}s`,
  );
  return 0;
}

/**
 * The check and the compile at once (the check on this thread, the compile in the workers): nothing
 * is published unless both succeed, and the check's problems are reported rather than contentlayer's
 * own words for the same broken file.
 */
export async function checkAndCompileContent(): Promise<number> {
  prestartContentlayer();
  let checked = false;
  const check = () => {
    checked = true;
    return assertContentChecks();
  };
  try {
    return await compileContent(check);
  } catch (error) {
    // The compile stopped before the check began (a missing config, unreadable content…): when the
    // content has problems, they say why in the editor's terms.
    if (!checked) await assertContentChecks();
    throw error;
  }
}

if (isScript(import.meta.url)) {
  await runContentStep('Content build', checkAndCompileContent);
  await contentlayer.close();
}
