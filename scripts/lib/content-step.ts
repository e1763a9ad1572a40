// How each build step that reads content (compile, index and search index) stops when something is
// wrong: every content problem as `path:line:column  field: message`, anything else as one line
// naming the step, and exit code 1; never a stack trace.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonCache, writeJsonCache } from './json-cache-file';
import { checkContent, errorsOnly, type CheckProblem } from '../../lib/content-check/check';
import { CheckCache } from '../../lib/content-check/check-cache';
import { contentSchema } from '../../lib/content-check/content-schema';
import { loadContentFiles } from '../../lib/content-check/load';
import { todayUtc } from '../../lib/content/dates';
import { CHECK_CACHE_PATH } from '../../lib/build/outputs';
import { CONTENT_DIR } from '../../lib/content/paths';
import { ContentError, formatProblem } from '../../lib/content/errors';
import { codeFingerprint } from './code-fingerprint';

/** Runs one content step and prints what stopped it; returns its exit code (0 when it succeeded). */
export async function reportContentStep(name: string, step: () => Promise<number | void>): Promise<number> {
  try {
    return (await step()) || 0;
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(
        `${name}: ${error.problems.length} content problem(s). See CONTRIBUTING.md, "Reading check errors".`,
      );
    } else {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}

/** Runs a content step as a script: its exit code becomes the process's. */
export async function runContentStep(name: string, step: () => Promise<number | void>): Promise<void> {
  process.exitCode = await reportContentStep(name, step);
}

/** Throws the content check's problems as a ContentError: a step run on its own stops as the check would. */
export async function assertContentChecks(contentDir = CONTENT_DIR): Promise<void> {
  const errors = errorsOnly((await checkContentDir(contentDir)).problems);
  if (errors.length > 0) throw new ContentError(errors);
}

/** The rules' code and data, in this project wherever the content is: a change to any checks every file again. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHECK_RULES = ['lib/content-check/check.ts', 'lib/content-check/content-schema.ts'];

/**
 * Checks every file under `contentDir`, keeping each unchanged file's own result from the previous
 * run (CHECK_CACHE_PATH); the rules across files always run on all of them.
 */
export async function checkContentDir(
  contentDir = CONTENT_DIR,
  root = process.cwd(),
): Promise<{ files: number; kept: number; problems: CheckProblem[] }> {
  const cacheFile = path.join(root, CHECK_CACHE_PATH);
  const [files, fingerprint, stored] = await Promise.all([
    loadContentFiles(contentDir, root),
    codeFingerprint(PROJECT_ROOT, CHECK_RULES),
    readJsonCache(cacheFile),
  ]);
  const cache = new CheckCache(fingerprint, stored);
  const problems = checkContent(files, { ...contentSchema(), today: todayUtc() }, cache);
  // A run stopped half-way, or another one at the same time, never leaves a cut file.
  await mkdir(path.dirname(cacheFile), { recursive: true });
  await writeJsonCache(cacheFile, cache.toStored());
  return { files: files.length, kept: cache.kept, problems };
}
