// `npm run bench:check [-- --count 10000]`: times the content check over a generated corpus of N
// questions (copies of the shipped ones under new slugs and titles) and prints the figures.
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../lib/content-check/check';
import { toSlug } from '../../lib/content/slug';
import { contentSchema } from '../../lib/content-check/content-schema';
import { loadContentFiles } from '../../lib/content-check/load';
import { todayUtc } from '../../lib/content/dates';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);

const root = await mkdtemp(path.join(tmpdir(), 'bench-check-'));
try {
  const names = (await readdir('content/questions')).filter((name) => name.endsWith('.mdx'));
  const models = await Promise.all(names.map((name) => readFile(`content/questions/${name}`, 'utf8')));
  await mkdir(path.join(root, 'content/questions'), { recursive: true });
  await mkdir(path.join(root, 'content/categories'));
  for (const name of await readdir('content/categories')) {
    await writeFile(path.join(root, 'content/categories', name), await readFile(`content/categories/${name}`));
  }
  for (let index = 0; index < count; index += 1) {
    // The first copy of each model keeps its name and title, so links and related slugs resolve;
    // later copies get a unique name and title, which keeps the duplicate rules quiet.
    const model = models[index % models.length];
    // A copy's file name is the slug of its title, as the check requires.
    const title = (/^title: (.*)$/m.exec(model)?.[1] ?? '').replace(/["?]/g, '');
    const text = index < models.length ? model : model.replace(/^title: .*$/m, `title: "${title} ${index}?"`);
    const name = index < models.length ? names[index] : `${toSlug(`${title} ${index}`)}.mdx`;
    await writeFile(path.join(root, 'content/questions', name), text);
  }

  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const files = await loadContentFiles(path.join(root, 'content'));
  const loaded = performance.now();
  const problems = checkContent(files, { ...contentSchema(), today: todayUtc() });
  const done = performance.now();
  const cpu = process.cpuUsage(cpuStarted);
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  console.log(`files checked:        ${files.length} (${(bytes / 1e6).toFixed(1)} MB)`);
  console.log(`read:                 ${((loaded - started) / 1000).toFixed(2)} s`);
  console.log(
    `check:                ${((done - loaded) / 1000).toFixed(2)} s (${((done - loaded) / files.length).toFixed(2)} ms per file)`,
  );
  console.log(
    `CPU time (read+check): ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (wall time grows when other work shares the cores)`,
  );
  console.log(`problems:             ${problems.length}`);
  console.log(`peak RSS:             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await rm(root, { recursive: true, force: true });
}
