// What the content check reports: one problem per rule broken, with the file, field, line and column.
import type { ContentProblem, Severity } from '../content/errors';
import type { Position } from './parse';

export type RuleId =
  | 'unknown-file'
  | 'encoding'
  | 'yaml'
  | 'mdx-syntax'
  | 'schema'
  | 'slug'
  | 'category'
  | 'tag-variant'
  | 'duplicate-slug'
  | 'duplicate-title'
  | 'duplicate-source'
  | 'unknown-source'
  | 'uncited-source'
  | 'source-url'
  | 'future-date'
  | 'date-order'
  | 'no-faq'
  | 'internal-link'
  | 'related'
  | 'summary-length'
  | 'short-answer-length'
  | 'placeholder'
  | 'unsafe-mdx'
  | 'source-domain'
  | 'source-publisher'
  | 'source-identifier'
  | 'paper-identifier'
  | 'source-year'
  | 'when-to-get-help'
  | 'help-box'
  | 'triage-conflict'
  | 'help-repeated'
  | 'verdict-evidence'
  | 'figure'
  | 'unknown-reviewer'
  | 'review-date'
  | 'impossible-date'
  | 'blank-text'
  | 'title-length'
  | 'title-question'
  | 'file-name'
  | 'duplicate-faq'
  | 'source-http'
  | 'unclosed-link'
  | 'near-duplicate'
  | 'title-is-alias'
  | 'uncited-point'
  | 'tag-near';

/** Rules whose problems are shown but do not fail the check: a person decides. */
const WARNING_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['near-duplicate', 'tag-near']);

export function severityOf(rule: RuleId): Severity {
  return WARNING_RULES.has(rule) ? 'warning' : 'error';
}

/** The problems that fail the check (warnings aside). */
export function errorsOnly<T extends { severity?: Severity }>(problems: readonly T[]): T[] {
  return problems.filter((problem) => problem.severity !== 'warning');
}

export interface CheckProblem extends ContentProblem {
  rule: RuleId;
  severity: Severity;
  line: number;
  column: number;
}

/** Records one problem in the file being checked. */
export type Report = (rule: RuleId, at: Position, field: string, message: string) => void;

/** The start of a file: where problems about the whole file point. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Problems in the order editors read them: by file, then line, column and rule. */
export function byFileAndLine(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
