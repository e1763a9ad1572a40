// npm run bench:build -- --count N
// Builds the site on N synthetic questions in a scratch copy of the project and prints, for the
// content step and the Next step separately, wall time, pages (or documents) per second and the
// peak resident memory of the whole process tree.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareScratchProject } from '../lib/scratch-project';
import { generateSyntheticContent } from './generate-synthetic';
import { firstResponseTimes } from './first-response';
import { formatPageWeight, questionPageWeight } from './page-weight';
import { measureCommand, type StepResult } from './process-tree';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const root = process.cwd();
const dir = values.dir ?? path.join(os.tmpdir(), `bench-build-${count}`);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function report(name: string, result: StepResult, units: number, unitName: string): void {
  console.log(
    `${name.padEnd(8)} ${result.seconds.toFixed(1).padStart(7)} s  cpu ${result.cpuSeconds?.toFixed(1).padStart(6) ?? '     ?'} s  ${(units / result.seconds).toFixed(1).padStart(8)} ${unitName}/s  peak ${mb(result.peakRssBytes).padStart(8)}  (${units} ${unitName})`,
  );
}

function prerenderedPages(): number {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes).length;
}

function scriptsOf(): Record<string, string> {
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
}

await prepareScratchProject(dir, root);
await generateSyntheticContent(count, path.join(dir, 'content'));
console.log(
  `bench:build  ${count} synthetic questions in ${dir}  (node ${process.version}, ${os.cpus().length} cores)`,
);
const env = { NEXT_TELEMETRY_DISABLED: '1' };
const scripts = scriptsOf();
const contentSteps = ['check', 'content'].filter((name) => scripts[name]);
const wallStart = performance.now();
const content = await measureCommand('sh', ['-c', contentSteps.map((name) => `npm run -s ${name}`).join(' && ')], {
  cwd: dir,
  env,
  quiet: true,
});
if (content.exitCode !== 0)
  throw new Error(`content step failed (${contentSteps.join(' + ')}); rerun with --keep --dir and run it by hand`);
const next = await measureCommand('npx', ['next', 'build'], { cwd: dir, env, quiet: true });
if (next.exitCode !== 0) throw new Error('next build failed');
const sitemap = await measureCommand('npx', ['next-sitemap', '--config', 'next-sitemap.config.cjs'], {
  cwd: dir,
  env,
  quiet: true,
});
const wall = (performance.now() - wallStart) / 1000;

console.log(`content = ${contentSteps.join(' + ')}; next = next build; sitemap = next-sitemap`);
report('content', content, count, 'docs');
report('next', next, prerenderedPages(), 'pages');
report('sitemap', sitemap, count, 'docs');
const cpu = [content, next, sitemap].reduce((sum, step) => sum + (step.cpuSeconds ?? 0), 0);
console.log(
  `total    ${wall.toFixed(1).padStart(7)} s  cpu ${cpu.toFixed(1).padStart(6)} s  peak ${mb(Math.max(content.peakRssBytes, next.peakRssBytes, sitemap.peakRssBytes))}  load average now ${os.loadavg()[0].toFixed(1)}`,
);
console.log(formatPageWeight(questionPageWeight(dir)));
console.log(await firstResponseTimes(dir));
if (!values.keep) await rm(dir, { recursive: true, force: true });
