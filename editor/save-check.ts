// The content check on what the editor is about to save (local mode): the files Keystatic would write,
// checked with every other file in content/ as it is, so an editor sees each problem (field and
// message) before the file is written, not later in CI. Errors refuse the save (the editor shows them);
// warnings do not. A draft may still hold TODO, as the check allows.
import path from 'node:path';
import { checkContent, errorsOnly } from '../lib/content-check/check';
import { contentSchema } from '../lib/content-check/content-schema';
import { loadContentFiles } from '../lib/content-check/load';
import type { SourceFile } from '../lib/content-check/parse';
import { CONTENT_DIR } from '../lib/content/paths';
import { todayUtc } from '../lib/content/dates';

/** What Keystatic's UI posts to /api/keystatic/update: paths from the project root, contents base64. */
export interface EditorUpdate {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

const contentPrefix = `${CONTENT_DIR}/`;

/** The check's problems (errors only) in the files the update writes, as "field: message" lines. */
export async function problemsInUpdate(update: EditorUpdate, root = process.cwd()): Promise<string[]> {
  const written = new Map(
    update.additions
      .filter((addition) => addition.path.startsWith(contentPrefix))
      .map((addition) => [addition.path, Buffer.from(addition.contents, 'base64url').toString('utf8')]),
  );
  if (written.size === 0) return [];
  const gone = new Set([...update.deletions.map((deletion) => deletion.path), ...written.keys()]);
  const files: SourceFile[] = (await loadContentFiles(CONTENT_DIR, root)).filter((file) => !gone.has(file.path));
  for (const [filePath, text] of written)
    files.push({ path: filePath, contentPath: path.posix.relative(CONTENT_DIR, filePath), text });
  return errorsOnly(checkContent(files, { ...contentSchema(), today: todayUtc() }))
    .filter((problem) => written.has(problem.file))
    .map((problem) => `${problem.field}: ${problem.message}`);
}

/** A 422 answer listing the problems, which the editor shows instead of saving; undefined when clean. */
export async function refuseSaveWithProblems(body: unknown): Promise<Response | undefined> {
  const update = body as EditorUpdate;
  if (!Array.isArray(update?.additions) || !Array.isArray(update?.deletions)) return undefined;
  const problems = await problemsInUpdate(update);
  if (problems.length === 0) return undefined;
  return new Response(`Not saved: the content check found ${problems.length} problem(s).\n${problems.join('\n')}`, {
    status: 422,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
