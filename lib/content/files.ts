// Which files under content/ are questions and categories: one rule for the check, the link targets,
// contentlayer's document types and the sharded content build. Sub-folders are allowed (the slug is the
// file name); files and folders whose names start with a dot are never content.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** contentlayer `filePathPattern`s, relative to content/. */
export const QUESTION_PATTERN = 'questions/**/*.mdx';
export const CATEGORY_PATTERN = 'categories/**/*.yaml';

/** The same rules as regular expressions over a path relative to content/; group 1 is the slug. */
export const QUESTION_FILE = /^questions\/(?:[^/.][^/]*\/)*([^/.][^/]*)\.mdx$/;
export const CATEGORY_FILE = /^categories\/(?:[^/.][^/]*\/)*([^/.][^/]*)\.yaml$/;

/** Every question file under `contentDir`, as sorted paths relative to `contentDir/questions`. */
export function listQuestionFiles(contentDir: string): string[] {
  const questionsDir = path.join(contentDir, 'questions');
  return readdirSync(questionsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => QUESTION_FILE.test(`questions/${file}`))
    .sort();
}
