// `npm run new -- "Why do my knees crack?"`: writes content/questions/<slug>.mdx from the template,
// as a draft that passes `npm run check`; never overwrites an existing file.
import { readdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { todayUtc } from '../lib/content/dates';
import { CONTENT_DIR } from '../lib/content/paths';
import { questionFileName, questionTemplate } from '../lib/content/question-template';
import { toSlug } from '../lib/content/slug';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string' }, dir: { type: 'string', default: CONTENT_DIR } },
});
const title = positionals.join(' ').trim();
if (!toSlug(title)) {
  console.error('Usage: npm run new -- "Why do my knees crack?" [--category fitness-and-exercise]');
  process.exit(2);
}

const categories = (await readdir(`${values.dir}/categories`))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();
const category = values.category ?? categories[0];
if (!category || !categories.includes(category)) {
  console.error(`Unknown category "${category ?? ''}"; use one of: ${categories.join(', ')}`);
  process.exit(2);
}

const file = `${values.dir}/questions/${questionFileName(title)}`;
try {
  await writeFile(file, questionTemplate({ title, category, today: todayUtc() }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${file} already exists; edit it, or choose a different title.`);
    process.exit(1);
  }
  throw error;
}
console.log(`Created ${file} (a draft, category "${category}").`);
console.log('Fill in every TODO, preview with `npm run dev`, run `npm run check`, then remove `draft: true`.');
