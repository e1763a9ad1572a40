// npm run bench:build -- --count N [--dir D] [--keep] [--skip-warm]
// Builds the site on N synthetic questions in a scratch copy of the project and prints, for the
// content step and the Next step separately, wall time, CPU time, pages (or documents) per second
// and the peak resident memory of the whole process tree. Then a warm pass: one question's body and
// another's tags are edited and the site is rebuilt from the first build's caches (lines `warm …`).
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../lib/scratch-project';
import { generateSyntheticContent } from './generate-synthetic';
import { firstResponseTimes } from './first-response';
import { formatPageWeight, questionPageWeight } from './page-weight';
import { measureCommand, type StepResult } from './process-tree';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const root = process.cwd();
const dir = values.dir ?? path.join(os.tmpdir(), `bench-build-${count}`);

async function prepareScratchProject(): Promise<void> {
  await copyProject(root, dir, { skip: ['content/questions/', 'screenshots/'] });
  await generateSyntheticContent(count, path.join(dir, 'content'));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function report(name: string, result: StepResult, units: number, unitName: string): void {
  console.log(
    `${name.padEnd(16)} ${result.seconds.toFixed(1).padStart(7)} s  cpu ${result.cpuSeconds?.toFixed(1).padStart(6) ?? '     ?'} s  ${(units / result.seconds).toFixed(1).padStart(8)} ${unitName}/s  peak ${mb(result.peakRssBytes).padStart(8)}  (${units} ${unitName})`,
  );
}

function prerenderedPages(): number {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes).length;
}

/** Edits one question's body and another question's tags, as an editor's pull request would. */
async function editTwoQuestions(): Promise<string[]> {
  const questionsDir = path.join(dir, 'content/questions');
  const files = (await readdir(questionsDir)).sort();
  const [bodyFile, tagsFile] = [files[0], files[Math.floor(files.length / 2)]];
  const bodyPath = path.join(questionsDir, bodyFile);
  await writeFile(
    bodyPath,
    `${await readFile(bodyPath, 'utf8')}\nAn editor added this paragraph for the warm build.\n`,
  );
  const tagsPath = path.join(questionsDir, tagsFile);
  const text = await readFile(tagsPath, 'utf8');
  const retagged = text.replace(/^tags: \[/m, 'tags: ["warm build edit", ');
  if (retagged === text) throw new Error(`no tags line in ${tagsFile}`);
  await writeFile(tagsPath, retagged);
  return [`${bodyFile} (body)`, `${tagsFile} (tags)`];
}

const env = { NEXT_TELEMETRY_DISABLED: '1' };

/** One build of the scratch project, step by step; `label` prefixes every line (`warm` for the warm pass). */
async function buildPass(label: string): Promise<void> {
  // The content step as `npm run build` runs it: the check, the compile (in shards), then the indexes
  // with the type check beside them.
  const contentCommand = 'npm run -s build:content';
  const wallStart = performance.now();
  const content = await measureCommand('sh', ['-c', contentCommand], { cwd: dir, env, quiet: true });
  if (content.exitCode !== 0)
    throw new Error(`${label} content step failed (${contentCommand}); rerun with --keep --dir and run it by hand`);
  const next = await measureCommand('npx', ['next', 'build'], { cwd: dir, env, quiet: true });
  if (next.exitCode !== 0) throw new Error(`${label} next build failed`);
  const sitemap = await measureCommand('npx', ['next-sitemap', '--config', 'next-sitemap.config.cjs'], {
    cwd: dir,
    env,
    quiet: true,
  });
  // The last step of `npm run build`: the production runtime and the documents beside server.js,
  // which the first-response figures below start.
  const standalone = await measureCommand('npx', ['tsx', 'scripts/prepare-standalone.ts'], {
    cwd: dir,
    env,
    quiet: true,
  });
  if (standalone.exitCode !== 0) throw new Error(`${label} scripts/prepare-standalone.ts failed`);
  const wall = (performance.now() - wallStart) / 1000;
  const prefix = label ? `${label} ` : '';
  report(`${prefix}content`, content, count, 'docs');
  report(`${prefix}next`, next, prerenderedPages(), 'pages');
  report(`${prefix}sitemap`, sitemap, count, 'docs');
  report(`${prefix}standalone`, standalone, count, 'docs');
  const steps = [content, next, sitemap, standalone];
  const cpu = steps.reduce((sum, step) => sum + (step.cpuSeconds ?? 0), 0);
  const [load1, load5] = os.loadavg();
  console.log(
    `${`${prefix}total`.padEnd(16)} ${wall.toFixed(1).padStart(7)} s  cpu ${cpu.toFixed(1).padStart(6)} s  peak ${mb(Math.max(...steps.map((step) => step.peakRssBytes)))}  load average now ${load1.toFixed(1)} (5 min ${load5.toFixed(1)})`,
  );
}

await prepareScratchProject();
console.log(
  `bench:build  ${count} synthetic questions in ${dir}  (node ${process.version}, ${os.cpus().length} cores)`,
);
console.log(
  `content = npm run build:content (the check, then the compile in shards, then the slim and search indexes with the type check beside them); next = next build (its type check skipped, as that code was just checked); sitemap = next-sitemap; standalone = scripts/prepare-standalone.ts (the runtime and documents beside server.js); load average at start ${os.loadavg()[0].toFixed(1)}`,
);
await buildPass('');
console.log(formatPageWeight(questionPageWeight(dir)));
console.log(await firstResponseTimes(dir));
if (!values['skip-warm']) {
  console.log(
    `warm pass: edited ${(await editTwoQuestions()).join(' and ')}; rebuilding from the first build's caches`,
  );
  await buildPass('warm');
}
if (!values.keep) await rm(dir, { recursive: true, force: true });
