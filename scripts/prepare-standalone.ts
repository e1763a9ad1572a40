// Runs at the end of `npm run build`: completes .next/standalone as Next's self-hosting guide says, by
// copying the static assets it does not trace (public/ and .next/static), adds the production runtime
// (runtime/, with the packages it imports that Next's trace left out) and the compiled question
// documents the pages read (only those the slim index names: never contentlayer's _index, which holds
// every body again), so `npm start` and the Docker image serve the site from that folder alone.
import { copyFile, cp, link, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nodeFileTrace } from '@vercel/nft';
import { stripClientRuntime } from '../runtime/client-runtime.mjs';
import { runnableInlineScripts, scriptHashSource } from '../runtime/csp.mjs';
import type { ContentIndex } from '../lib/content/types';
import { CONTENT_INDEX_PATH, GENERATED_QUESTION_DIR } from '../lib/content/paths';
import { BUILD_SETTINGS } from '../lib/settings';

const STANDALONE = '.next/standalone';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

if (!(await exists(`${STANDALONE}/server.js`))) {
  console.error(`${STANDALONE}/server.js is missing: is output: 'standalone' set in next.config.ts?`);
  process.exit(1);
}
for (const [from, to] of [
  ['public', `${STANDALONE}/public`],
  ['.next/static', `${STANDALONE}/.next/static`],
  // The entry point `npm start` runs (runtime/start.mjs): Next's server.js behind the request pipeline.
  ['runtime', `${STANDALONE}/runtime`],
]) {
  if (!(await exists(from))) continue;
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

// The packages the runtime imports (pino, compression, …), where Next's trace of the site did not
// already bring them: traced from the runtime's own files, so a new import needs no list kept here.
const runtimeFiles = (await readdir('runtime', { recursive: true })).filter((name) => name.endsWith('.mjs'));
const { fileList } = await nodeFileTrace(
  runtimeFiles.map((name) => path.join('runtime', name)),
  { base: process.cwd() },
);
let added = 0;
for (const file of fileList) {
  if (!file.startsWith('node_modules/')) continue;
  const to = path.join(STANDALONE, file);
  if (await exists(to)) continue;
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(file, to);
  added += 1;
}

// The build-time settings as Next compiled them into this build (next.config.ts `env`), for runtime/start.mjs
// to compare with the environment it is started in.
const { config } = JSON.parse(await readFile('.next/required-server-files.json', 'utf8')) as {
  config: { env?: Record<string, string> };
};
const missing = BUILD_SETTINGS.filter((name) => typeof config.env?.[name] !== 'string');
if (missing.length > 0) {
  console.error(`.next/required-server-files.json does not record ${missing.join(', ')}: see next.config.ts \`env\`.`);
  process.exit(1);
}
const recorded = Object.fromEntries(BUILD_SETTINGS.map((name) => [name, config.env![name]]));
await writeFile(`${STANDALONE}/build-settings.json`, `${JSON.stringify(recorded, null, 2)}\n`);

// The CSP hashes of the layout's inline scripts (theme, search box), as this build renders them, from
// the 404 page: the layout and nothing a question's content put there. The server lists them in the
// policy of every page (runtime/csp.mjs); a script anywhere else in a page does not run.
const notFoundPage = stripClientRuntime(await readFile('.next/server/app/_not-found.html', 'utf8'));
const layoutScripts = [...new Set(runnableInlineScripts(notFoundPage).map(scriptHashSource))];
if (layoutScripts.length === 0) {
  console.error('.next/server/app/_not-found.html has no inline script: the layout renders the theme script.');
  process.exit(1);
}
await writeFile(`${STANDALONE}/inline-scripts.json`, `${JSON.stringify({ layoutScripts }, null, 2)}\n`);

// Hard links: a build writes each document as a new file and never changes one in place, so the
// standalone folder keeps the version it was built with. Copied where a link cannot be made.
const { questions } = JSON.parse(await readFile(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
const outside = questions.find(
  ({ documentPath }) =>
    path.posix.normalize(documentPath) !== documentPath || !documentPath.startsWith(`${GENERATED_QUESTION_DIR}/`),
);
if (outside) {
  console.error(`${CONTENT_INDEX_PATH} names a document outside ${GENERATED_QUESTION_DIR}: ${outside.documentPath}`);
  process.exit(1);
}
await rm(path.join(STANDALONE, '.contentlayer'), { recursive: true, force: true });
const folders = new Set(questions.map(({ documentPath }) => path.dirname(path.join(STANDALONE, documentPath))));
for (const folder of folders) await mkdir(folder, { recursive: true });
for (const { documentPath } of questions) {
  const to = path.join(STANDALONE, documentPath);
  await link(documentPath, to).catch(() => copyFile(documentPath, to));
}
console.log(
  `Standalone server ready: ${STANDALONE}/runtime/start.mjs (${questions.length} question documents, ${added} runtime package files added)`,
);
