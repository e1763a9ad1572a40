// npm run bench:dev-loop -- --count N [--dir D] [--keep]
// The editor's loop: `npm run dev` on N synthetic questions in a scratch copy of the project, then a
// question retitled by each way an editor's tool writes a file (in place; a new file renamed over it,
// as sed -i, vim and "safe write" editors do; deleted and written again; three files saved at once),
// and for each, the wall time from the save until the new title shows on the question page, its
// category page and search (one page kind per save, requested once the watcher has published, as an
// editor reloading it would), with the CPU time the dev process tree spent meanwhile and the load
// average. Prints figures, asserts nothing.
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentIndex } from '../../lib/content/types';
import { CONTENT_INDEX_PATH } from '../../lib/content/paths';
import { startDevServer } from '../lib/dev-server';
import { copyProject } from '../lib/scratch-project';
import { generateSyntheticContent } from './generate-synthetic';
import { treeCpuSeconds, treeRssBytes } from './process-tree';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const dir = values.dir ?? path.join(os.tmpdir(), `bench-dev-loop-${count}`);
const WAIT_MS = 120_000;

type Way = 'in place' | 'renamed over' | 'deleted and recreated';
const SAVES: Record<Way, (file: string, text: string) => void> = {
  'in place': (file, text) => writeFileSync(file, text),
  'renamed over': (file, text) => {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  },
  'deleted and recreated': (file, text) => {
    unlinkSync(file);
    writeFileSync(file, text);
  },
};

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

await copyProject(process.cwd(), dir, { skip: ['content/questions/', 'screenshots/'] });
await generateSyntheticContent(count, path.join(dir, 'content'));
const startedDev = performance.now();
const dev = await startDevServer(dir, { timeoutMs: 3_600_000 });
const devSeconds = (performance.now() - startedDev) / 1000;
const base = dev.baseUrl;
const devPid = dev.child.pid!;

/** What dev printed, less next dev's request lines (the polling prints hundreds). */
const devLines = () =>
  dev
    .output()
    .split('\n')
    .filter((line) => !/^\[next\]\s+GET /.test(line))
    .join('\n');

async function body(url: string): Promise<string> {
  return (await fetch(base + url)).text();
}

/** Wall seconds from `since` until `url` shows `marker`: requested, then again every 50 ms until it does. */
async function shownAfter(url: string, marker: string, since: number): Promise<number> {
  while (performance.now() - since < WAIT_MS) {
    // Without tags: search results mark the matched words.
    const text = (await body(url).catch(() => '')).replace(/<[^>]*>/g, '');
    if (text.includes(marker)) return (performance.now() - since) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not show ${marker} within ${WAIT_MS / 1000} s\n${devLines().slice(-3000)}`);
}

const STEP_LINE = /Content (?:not )?updated in ([\d.]+)s/g;
const stepLines = () => [...dev.output().matchAll(STEP_LINE)];

/** Wall seconds from `since` until the watcher prints the end of a content step after the `seen`-th; and that step's own time. */
async function publishedAfter(seen: number, since: number): Promise<{ wall: number; step: number }> {
  while (performance.now() - since < WAIT_MS) {
    const lines = stepLines();
    if (lines.length > seen) return { wall: (performance.now() - since) / 1000, step: Number(lines.at(-1)![1]) };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the watcher printed no content step within ${WAIT_MS / 1000} s\n${devLines().slice(-3000)}`);
}

try {
  const index = JSON.parse(readFileSync(path.join(dir, CONTENT_INDEX_PATH), 'utf8')) as ContentIndex;
  // Questions listed on the first page of their category, so the category page can show the change.
  const picked: ContentIndex['questions'] = [];
  for (const category of index.categories) {
    const page = await body(category.url);
    for (const question of index.questions)
      if (question.category === category.slug && page.includes(`href="${question.url}"`) && picked.length < 6)
        picked.push(question);
  }
  if (picked.length < 6) throw new Error(`only ${picked.length} questions found on category pages`);
  // next dev compiles a route on its first request: compile each kind before timing.
  for (const url of ['/', picked[0]!.url, '/search?q=synthetic']) await body(url);

  console.log(
    `bench:dev-loop  ${count} synthetic questions in ${dir}  (node ${process.version}, ${os.cpus().length} cores)`,
  );
  console.log(
    `npm run dev ready in ${devSeconds.toFixed(1)} s (content step, then next dev); dev tree ${(treeRssBytes(devPid) / 1024 / 1024).toFixed(0)} MB; load average ${load()}`,
  );
  console.log(
    'Each save retitles questions, then one page that shows them is requested once the watcher has published the change (and again every 50 ms until it shows), as an editor reloading it would: one page kind per save, so that no other request slows the one timed',
  );
  console.log(
    "shown = wall time from the save until that page showed the new title; published = until the watcher printed the end of its content step; step = that step's own time; cpu = CPU seconds of the dev process tree from the save until shown",
  );
  const cases: { way: string; questions: typeof picked; ways: Way[] }[] = [
    { way: 'in place', questions: picked.slice(0, 1), ways: ['in place'] },
    { way: 'renamed over', questions: picked.slice(1, 2), ways: ['renamed over'] },
    { way: 'deleted and recreated', questions: picked.slice(2, 3), ways: ['deleted and recreated'] },
    {
      way: '3 files at once',
      questions: picked.slice(3, 6),
      ways: ['in place', 'renamed over', 'deleted and recreated'],
    },
  ];
  const kinds = {
    'question page': (question: (typeof picked)[number]) => question.url,
    'category page': (question: (typeof picked)[number]) =>
      index.categories.find((other) => other.slug === question.category)!.url,
    search: (_question: (typeof picked)[number], marker: string) => `/search?q=${marker}`,
  };
  for (const [step, { way, questions, ways }] of cases.entries()) {
    for (const [kindNumber, [kind, urlOf]] of Object.entries(kinds).entries()) {
      const markers = questions.map(
        (_, position) => `devloop${'abcd'[step]}${'pcs'[kindNumber]}${'xyz'[position]}marker`,
      );
      const files = questions.map((question) => path.join(dir, 'content/questions', `${question.slug}.mdx`));
      const texts = files.map((file, position) =>
        readFileSync(file, 'utf8').replace(
          /^title: "(.*?)(, devloop\w+marker)?\?"$/m,
          `title: "$1, ${markers[position]}?"`,
        ),
      );
      const seen = stepLines().length;
      const cpuBefore = treeCpuSeconds(devPid);
      const saved = performance.now();
      files.forEach((file, position) => SAVES[ways[position]!](file, texts[position]!));
      const published = await publishedAfter(seen, saved);
      // Every saved question, at once; the slowest counts. As it ends the title: the search page also
      // repeats the query itself.
      const shown = Math.max(
        ...(await Promise.all(
          questions.map((question, position) =>
            shownAfter(urlOf(question, markers[position]!), `, ${markers[position]!}?`, saved),
          ),
        )),
      );
      const cpu = treeCpuSeconds(devPid) - cpuBefore;
      console.log(
        `${way.padEnd(22)} ${kind.padEnd(13)} shown ${shown.toFixed(2)} s  published ${published.wall.toFixed(2)} s  step ${published.step.toFixed(1)} s  cpu ${cpu.toFixed(1)} s  load average ${load()}`,
      );
      // The pages' own work after a change (reading the indexes again) is not left to the next save.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  console.log("The watcher's own lines (content step per save):");
  console.log(
    dev
      .output()
      .match(/^.*(?:Content updated|Content not updated|kept from the previous build).*$/gm)
      ?.join('\n'),
  );
} finally {
  await dev.stop();
  if (!values.keep) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}
