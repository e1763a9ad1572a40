// Runs at the end of `npm run build`: completes .next/standalone as Next's self-hosting guide says, by
// copying the static assets it does not trace (public/ and .next/static), and adds the compiled
// question documents the pages read (only those the slim index names: never contentlayer's _index,
// which holds every body again), so `npm start` and the Docker image serve the site from that folder alone.
import { copyFile, cp, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  // The entry point `npm start` runs: Next's server.js with the page cache in front (server/start.mjs).
  ['server/start.mjs', `${STANDALONE}/start.mjs`],
  ['server/page-cache.mjs', `${STANDALONE}/page-cache.mjs`],
  ['server/build-settings.mjs', `${STANDALONE}/build-settings.mjs`],
]) {
  if (!(await exists(from))) continue;
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

// The build-time settings as Next compiled them into this build (next.config.ts `env`), for start.mjs
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
console.log(`Standalone server ready: ${STANDALONE}/start.mjs (${questions.length} question documents)`);
