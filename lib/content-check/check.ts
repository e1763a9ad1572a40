// The editor's content check: every rule a question or category file must pass before merge, each
// problem with the file, line and column at fault. Pure: files and today's date go in, problems come out.
// The rules live beside it: question-rules, source-rules, category-rules and cross-file-rules.
import { CATEGORY_FILE, QUESTION_FILE } from '../content/document-types';
import { checkCategory } from './category-rules';
import { checkAcrossQuestions } from './cross-file-rules';
import type { FieldSpecs } from './field-specs';
import type { SourceFile } from './parse';
import { byFileAndLine, FILE_START, type CheckProblem, type Report } from './problems';
import type { QuestionFacts } from './question-facts';
import { checkQuestion } from './question-rules';
import { shippedEditorialData, type EditorialData } from './editorial-rules';

export type { CheckProblem, RuleId } from './problems';

export interface CheckOptions {
  /** The question and category field definitions (lib/content/document-types.ts, via content-schema). */
  questionFields: FieldSpecs;
  categoryFields: FieldSpecs;
  /** Today as YYYY-MM-DD (UTC): nothing may be published after it. */
  today: string;
  /** The trusted publishers and reviewers; the shipped ones (data/) unless a test gives its own. */
  editorial?: EditorialData;
}

export function checkContent(files: readonly SourceFile[], options: CheckOptions): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const reporter =
    (file: string): Report =>
    (rule, at, field, message) =>
      problems.push({ rule, file, field, message, line: at.line, column: at.column });

  const categories = new Set<string>();
  const symptomCategories = new Set<string>();
  const questionOptions = { ...options, editorial: options.editorial ?? shippedEditorialData() };
  const questions: QuestionFacts[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const report = reporter(file.path);
    if (file.encoding) {
      report('encoding', file.encoding, 'file', file.encoding.message);
      continue;
    }
    const category = CATEGORY_FILE.exec(file.contentPath);
    const question = QUESTION_FILE.exec(file.contentPath);
    if (category) {
      categories.add(category[1]);
      if (checkCategory(file, options.categoryFields, report).symptoms) symptomCategories.add(category[1]);
    } else if (question) {
      questions.push(checkQuestion(file, question[1], questionOptions, report));
    } else {
      report(
        'unknown-file',
        FILE_START,
        'file',
        'not a content file: questions are questions/<slug>.mdx, categories categories/<slug>.yaml',
      );
    }
  }
  checkAcrossQuestions(questions, categories, symptomCategories, reporter);
  return problems.sort(byFileAndLine);
}
