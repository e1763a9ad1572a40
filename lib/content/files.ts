// The question files under content/ (the patterns themselves: ./file-patterns.ts, which loads in a browser).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_FILE } from './file-patterns';

export { CATEGORY_FILE, CATEGORY_PATTERN, QUESTION_FILE, QUESTION_PATTERN } from './file-patterns';

/** Every question file under `contentDir`, as sorted paths relative to `contentDir/questions`. */
export function listQuestionFiles(contentDir: string): string[] {
  const questionsDir = path.join(contentDir, 'questions');
  return readdirSync(questionsDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => QUESTION_FILE.test(`questions/${file}`))
    .sort();
}
