// `npm run report`: which published pages are due for an editorial review, and why. A page is due
// when it was last reviewed or updated longer ago than the policy allows, or when it cites a source
// older than the policy's limit. Pure: files and today's date go in, rows and text come out.
import { parseMdxFile, type SourceFile } from '../content-check/parse';
import { addMonths, DEFAULT_REVIEW_POLICY, lastReviewed, type ReviewPolicy } from './review-dates';

export { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from './review-dates';

/** What the report reads from one question file. */
export interface ReportQuestion {
  file: string;
  title: string;
  draft: boolean;
  /** YYYY-MM-DD */
  updated?: string;
  reviewed?: string;
  sources: { id: string; year?: number }[];
}

export interface DuePage {
  file: string;
  title: string;
  /** The later of `reviewed` and `updated`, or undefined when the page records neither. */
  lastChecked?: string;
  lastCheckedField?: 'reviewed' | 'updated';
  /** True when `lastChecked` is older than the policy allows (or missing). */
  overdue: boolean;
  oldSources: { id: string; year: number }[];
}

function asDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** Reads the report's fields from question files (other files are skipped; the check reports them). */
export function readReportQuestions(files: readonly SourceFile[]): ReportQuestion[] {
  return files.flatMap((file) => {
    if (!/^questions\/.+\.mdx$/.test(file.contentPath)) return [];
    const data = parseMdxFile(file.text).yaml.data;
    if (typeof data !== 'object' || data === null) return [];
    const record = data as Record<string, unknown>;
    const sources = Array.isArray(record.sources) ? record.sources : [];
    return [
      {
        file: file.path,
        title: typeof record.title === 'string' ? record.title : file.path,
        draft: record.draft === true,
        updated: asDay(record.updated),
        reviewed: asDay(record.reviewed),
        sources: sources.map((source: unknown, index) => {
          const fields = (typeof source === 'object' && source !== null ? source : {}) as Record<string, unknown>;
          return {
            id: typeof fields.id === 'string' ? fields.id : `sources[${index}]`,
            year: typeof fields.year === 'number' ? fields.year : undefined,
          };
        }),
      },
    ];
  });
}

/** The day `months` calendar months before `day` (YYYY-MM-DD), clamped to the end of a short month. */
export function monthsBefore(day: string, months: number): string {
  return addMonths(day, -months);
}

export function pagesDueForReview(
  questions: readonly ReportQuestion[],
  today: string,
  policy: ReviewPolicy = DEFAULT_REVIEW_POLICY,
): DuePage[] {
  const cutoff = monthsBefore(today, policy.reviewAfterMonths);
  const oldestSourceYear = Number(today.slice(0, 4)) - policy.sourceMaxAgeYears;
  const due: DuePage[] = [];
  for (const question of questions) {
    if (question.draft) continue;
    const last = lastReviewed(question);
    const lastChecked = last?.day;
    const lastCheckedField = last?.field;
    const overdue = lastChecked === undefined || lastChecked < cutoff;
    const oldSources = question.sources.flatMap(({ id, year }) =>
      year !== undefined && year < oldestSourceYear ? [{ id, year }] : [],
    );
    if (overdue || oldSources.length > 0) {
      due.push({ file: question.file, title: question.title, lastChecked, lastCheckedField, overdue, oldSources });
    }
  }
  return due.sort((a, b) => (a.lastChecked ?? '').localeCompare(b.lastChecked ?? '') || a.file.localeCompare(b.file));
}

function reasons(page: DuePage, policy: ReviewPolicy): string[] {
  const list: string[] = [];
  if (page.overdue) {
    list.push(
      page.lastChecked
        ? `${page.lastCheckedField} ${page.lastChecked}, over ${policy.reviewAfterMonths} months ago`
        : 'no reviewed or updated date',
    );
  }
  if (page.oldSources.length > 0) {
    const sources = page.oldSources.map((source) => `${source.id} (${source.year})`).join(', ');
    list.push(`source${page.oldSources.length > 1 ? 's' : ''} over ${policy.sourceMaxAgeYears} years old: ${sources}`);
  }
  return list;
}

function summary(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  return `${due.length} of ${total} published page(s) due for review (last reviewed or updated over ${policy.reviewAfterMonths} months ago, or citing a source over ${policy.sourceMaxAgeYears} years old).`;
}

/** A plain-text table for a terminal. */
export function formatReportTable(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  const rows = due.map((page) => [page.file, page.lastChecked ?? '-', reasons(page, policy).join('; ')]);
  const header = ['Page', 'Last checked', 'Why it is due'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const table = due.length > 0 ? [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)] : [];
  return [...table, ...(table.length > 0 ? [''] : []), summary(due, total, policy)].join('\n');
}

function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** GitHub-flavoured Markdown, for a job summary ($GITHUB_STEP_SUMMARY) or an issue body. */
export function formatReportGithub(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  const lines = ['## Pages due for review', '', summary(due, total, policy)];
  if (due.length > 0) {
    lines.push('', '| Page | File | Last checked | Why it is due |', '| --- | --- | --- | --- |');
    for (const page of due) {
      lines.push(
        `| ${markdownCell(page.title)} | \`${markdownCell(page.file)}\` | ${page.lastChecked ?? '-'} | ${markdownCell(
          reasons(page, policy).join('; '),
        )} |`,
      );
    }
  }
  return lines.join('\n');
}
