// Writes N synthetic questions (and copies the shipped categories) into a content folder:
//   tsx scripts/bench/generate-synthetic.ts --count 1000 --out /tmp/synthetic-content
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticQuestions } from './synthetic-content';
import { isScript } from '../lib/is-script';

export async function generateSyntheticContent(count: number, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'questions'), { recursive: true });
  await cp('content/categories', path.join(outDir, 'categories'), { recursive: true });
  const categories = (await readdir('content/categories')).map((file) => file.replace(/\.yaml$/, ''));
  const files = syntheticQuestions({ count, categories });
  for (const file of files) await writeFile(path.join(outDir, 'questions', file.fileName), file.text);
}

if (isScript(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('--out DIR is required');
  await generateSyntheticContent(Number(values.count), values.out);
  console.log(`Wrote ${values.count} synthetic questions to ${values.out}`);
}
