// The editor's content check: every rule a question or category file must pass before merge, each
// problem with the file, line and column at fault. Pure: files and today's date go in, problems come out.
// The rules live beside it: question-rules, source-rules, category-rules and cross-file-rules. Each
// file is checked on its own first (`checkFile`, whose result depends on nothing but the file and the
// rules, so a cache may keep it), then the files against each other (`checkAcrossFiles`).
import { CATEGORY_FILE, QUESTION_FILE } from '../content/document-types';
import { checkCategory } from './category-rules';
import { checkAcrossQuestions } from './cross-file-rules';
import type { FieldSpecs } from './field-specs';
import type { SourceFile } from './parse';
import { byFileAndLine, FILE_START, severityOf, type CheckProblem, type Report } from './problems';
import type { QuestionFacts } from './question-facts';
import { checkQuestion } from './question-rules';
import { shippedEditorialData, type EditorialData } from './editorial-rules';

export type { CheckProblem, RuleId } from './problems';
export { errorsOnly } from './problems';

export interface CheckOptions {
  /** The question and category field definitions (lib/content/document-types.ts, via content-schema). */
  questionFields: FieldSpecs;
  categoryFields: FieldSpecs;
  /** Today as YYYY-MM-DD (UTC): nothing may be published after it. */
  today: string;
  /** The trusted publishers and reviewers; the shipped ones (data/) unless a test gives its own. */
  editorial?: EditorialData;
}

/** One file's own problems, and what the cross-file rules need from it. Plain data (JSON-safe). */
export interface FileCheck {
  problems: CheckProblem[];
  question?: QuestionFacts;
  category?: { slug: string; symptoms: boolean };
}

/** Keeps `checkFile`'s results between runs (lib/content-check/check-cache.ts). */
export interface FileCheckCache {
  get(file: SourceFile): FileCheck | undefined;
  set(file: SourceFile, result: FileCheck): void;
}

type FileCheckOptions = Omit<CheckOptions, 'today' | 'editorial'> & { editorial: EditorialData };

/** The rules one file must pass on its own; nothing here depends on another file or on the date. */
export function checkFile(file: SourceFile, options: FileCheckOptions): FileCheck {
  const problems: CheckProblem[] = [];
  const report = reporterFor(file.path, problems);
  if (file.encoding) {
    report('encoding', file.encoding, 'file', file.encoding.message);
    return { problems };
  }
  const category = CATEGORY_FILE.exec(file.contentPath);
  const question = QUESTION_FILE.exec(file.contentPath);
  if (category) {
    const { symptoms } = checkCategory(file, options.categoryFields, report);
    return { problems, category: { slug: category[1], symptoms } };
  }
  if (question) return { problems, question: checkQuestion(file, question[1], options, report) };
  report(
    'unknown-file',
    FILE_START,
    'file',
    'not a content file: questions are questions/<slug>.mdx, categories categories/<slug>.yaml',
  );
  return { problems };
}

/** The rules that compare files with each other, and with today's date. */
export function checkAcrossFiles(results: readonly FileCheck[], today: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const categories = new Set<string>();
  const symptomCategories = new Set<string>();
  const questions: QuestionFacts[] = [];
  for (const { category, question } of results) {
    if (category) {
      categories.add(category.slug);
      if (category.symptoms) symptomCategories.add(category.slug);
    }
    if (question) questions.push(question);
  }
  checkAcrossQuestions(questions, categories, symptomCategories, today, (file) => reporterFor(file, problems));
  return problems;
}

export function checkContent(
  files: readonly SourceFile[],
  options: CheckOptions,
  cache?: FileCheckCache,
): CheckProblem[] {
  const fileOptions = { ...options, editorial: options.editorial ?? shippedEditorialData() };
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const results = sorted.map((file) => {
    const kept = cache?.get(file);
    if (kept) return kept;
    const result = checkFile(file, fileOptions);
    cache?.set(file, result);
    return result;
  });
  return [...results.flatMap((result) => result.problems), ...checkAcrossFiles(results, options.today)].sort(
    byFileAndLine,
  );
}

function reporterFor(file: string, problems: CheckProblem[]): Report {
  return (rule, at, field, message) =>
    problems.push({ rule, severity: severityOf(rule), file, field, message, line: at.line, column: at.column });
}
