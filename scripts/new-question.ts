// `npm run new -- "Why do my knees crack?"`: writes content/questions/<slug>.mdx from the template,
// as a draft that passes `npm run check`; never overwrites an existing file. Warns when an existing
// question already asks the same thing in other words.
import { writeFile } from 'node:fs/promises';
import { asList, asRecord } from '../lib/content-check/frontmatter-values';
import { loadContentFiles } from '../lib/content-check/load';
import { parseMdxFile } from '../lib/content-check/parse';
import { todayUtc } from '../lib/content/dates';
import { CATEGORY_FILE, QUESTION_FILE } from '../lib/content/files';
import { nearDuplicates } from '../lib/content/near-duplicates';
import { CONTENT_DIR } from '../lib/content/paths';
import { questionFileName, questionTemplate } from '../lib/content/question-template';
import { toSlug } from '../lib/content/slug';
import { didYouMean } from '../lib/content/suggest';
import { parseCommandLine, requireContentDir } from './lib/command-line';

const USAGE = '"Why do my knees crack?" [--category fitness-and-exercise]';
const { values, positionals } = parseCommandLine({
  name: 'new',
  summary: 'Writes a new question, as a draft from the template, named after its title.',
  usage: USAGE,
  options: { category: { type: 'string' }, dir: { type: 'string', default: CONTENT_DIR } },
  optionHelp: {
    category: 'the category slug (npm run list -- categories); default: the first',
    dir: 'the content folder',
  },
  allowPositionals: true,
});
requireContentDir('new', values.dir);
const title = positionals.join(' ').trim();
if (!toSlug(title)) {
  console.error(`npm run new: give the question's title: npm run new -- ${USAGE}`);
  process.exit(2);
}

const files = await loadContentFiles(values.dir);
const categories = files.flatMap((file) => CATEGORY_FILE.exec(file.contentPath)?.[1] ?? []).sort();
// Words after the title that name a category: `--category` went to npm, its value stayed behind.
const lastWord = positionals.at(-1) ?? '';
if (positionals.length > 1 && categories.includes(lastWord)) {
  console.error(
    `npm run new: "${lastWord}" is a category, not part of the title; write npm run new -- "${positionals.slice(0, -1).join(' ')}" --category ${lastWord}`,
  );
  process.exit(2);
}
const category = values.category ?? categories[0];
if (!category || !categories.includes(category)) {
  console.error(
    `npm run new: unknown category "${category ?? ''}"${didYouMean(category ?? '', categories)}; use one of: ${categories.join(', ')}`,
  );
  process.exit(2);
}

const existing = files.flatMap((source) => {
  const slug = QUESTION_FILE.exec(source.contentPath)?.[1];
  const data = slug === undefined ? undefined : asRecord(parseMdxFile(source.text).yaml.data);
  if (slug === undefined || typeof data?.title !== 'string') return [];
  const aliases = asList(data.aliases).filter((alias): alias is string => typeof alias === 'string');
  return [{ slug, title: data.title, file: source.path, aliases }];
});
// An alias decides where [[links]] go: a new title equal to one would take them over.
const aliasOwner = existing.find((question) => question.aliases.some((alias) => toSlug(alias) === toSlug(title)));
if (aliasOwner) {
  console.error(
    `npm run new: "${title}" is an alias of ${aliasOwner.file} ("${aliasOwner.title}"), which already answers it; improve that page, or ask a different question`,
  );
  process.exit(1);
}

const file = `${values.dir}/questions/${questionFileName(title)}`;
try {
  await writeFile(file, questionTemplate({ title, category, today: todayUtc() }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`npm run new: ${file} already exists; edit it, or choose a different title.`);
    process.exit(1);
  }
  throw error;
}
console.log(`Created ${file} (a draft, category "${category}").`);
for (const same of nearDuplicates(title, existing)) {
  console.warn(
    `Warning: "${same.title}" (${same.file}) may ask the same question; if it does, improve that page instead and delete ${file}.`,
  );
}
console.log('Fill in every TODO, preview with `npm run dev`, run `npm run check`, then remove `draft: true`.');
