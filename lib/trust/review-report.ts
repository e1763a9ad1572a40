// `npm run report`: which published pages are due for an editorial review, and why. A page is due
// when it was last reviewed or updated longer ago than the policy allows (overdue), or when it cites a
// source older than the policy's limit that no editor has confirmed as still current (`stillCurrent:
// YYYY-MM-DD` on the source) within the review period. The two lists are printed apart: an overdue page
// needs a review, an old source needs one look. Pure: files and today's date go in, rows and text come out.
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
  sources: { id: string; year?: number; stillCurrent?: string }[];
}

export interface DuePage {
  file: string;
  title: string;
  /** The later of `reviewed` and `updated`, or undefined when the page records neither. */
  lastChecked?: string;
  lastCheckedField?: 'reviewed' | 'updated';
  /** True when `lastChecked` is older than the policy allows (or missing). */
  overdue: boolean;
  /** Sources older than the policy allows, not confirmed as still current within the review period. */
  oldSources: OldSource[];
}

export interface OldSource {
  id: string;
  year: number;
  /** The last day an editor confirmed it still current, when that is now too long ago. */
  stillCurrent?: string;
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
          const stillCurrent = asDay(fields.stillCurrent);
          return {
            id: typeof fields.id === 'string' ? fields.id : `sources[${index}]`,
            year: typeof fields.year === 'number' ? fields.year : undefined,
            ...(stillCurrent ? { stillCurrent } : {}),
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
    // A source an editor confirmed as still current counts as checked for as long as a review does.
    const oldSources = question.sources.flatMap(({ id, year, stillCurrent }): OldSource[] => {
      if (year === undefined || year >= oldestSourceYear) return [];
      if (stillCurrent !== undefined && stillCurrent >= cutoff) return [];
      return [{ id, year, ...(stillCurrent ? { stillCurrent } : {}) }];
    });
    if (overdue || oldSources.length > 0) {
      due.push({ file: question.file, title: question.title, lastChecked, lastCheckedField, overdue, oldSources });
    }
  }
  return due.sort((a, b) => (a.lastChecked ?? '').localeCompare(b.lastChecked ?? '') || a.file.localeCompare(b.file));
}

function overdueReason(page: DuePage, policy: ReviewPolicy): string {
  return page.lastChecked
    ? `${page.lastCheckedField} ${page.lastChecked}, over ${policy.reviewAfterMonths} months ago`
    : 'no reviewed or updated date';
}

function sourcesReason(page: DuePage): string {
  return page.oldSources
    .map((source) =>
      source.stillCurrent
        ? `${source.id} (${source.year}; confirmed current ${source.stillCurrent})`
        : `${source.id} (${source.year})`,
    )
    .join(', ');
}

function summary(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  const overdue = due.filter((page) => page.overdue).length;
  const old = due.filter((page) => page.oldSources.length > 0).length;
  return `${due.length} of ${total} published page(s) due for review: ${overdue} not reviewed or updated for over ${policy.reviewAfterMonths} months, ${old} citing a source over ${policy.sourceMaxAgeYears} years old.`;
}

/** What to do about each list, in the words of CONTRIBUTING.md. */
const OVERDUE_HEADING = (policy: ReviewPolicy) =>
  `Overdue for review (last reviewed or updated over ${policy.reviewAfterMonths} months ago): review the page, then set "reviewed"`;
const OLD_SOURCES_HEADING = (policy: ReviewPolicy) =>
  `Citing sources over ${policy.sourceMaxAgeYears} years old: replace each with a newer one, or if it is still the best evidence, add "stillCurrent: YYYY-MM-DD" (today) to it`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/** Plain text for a terminal: the overdue pages, then the pages with old sources, each by title. */
export function formatReportTable(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  const lines: string[] = [];
  const overdue = due.filter((page) => page.overdue);
  const old = due.filter((page) => page.oldSources.length > 0);
  if (overdue.length > 0) {
    lines.push(OVERDUE_HEADING(policy), '');
    lines.push(
      ...table(
        ['Page', 'File', 'Last checked'],
        overdue.map((page) => [page.title, page.file, page.lastChecked ? overdueReason(page, policy) : '-']),
      ),
      '',
    );
  }
  if (old.length > 0) {
    lines.push(OLD_SOURCES_HEADING(policy), '');
    lines.push(
      ...table(
        ['Page', 'File', 'Old sources'],
        old.map((page) => [page.title, page.file, sourcesReason(page)]),
      ),
      '',
    );
  }
  return [...lines, summary(due, total, policy)].join('\n');
}

function markdownCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** GitHub-flavoured Markdown, for a job summary ($GITHUB_STEP_SUMMARY) or an issue body. */
export function formatReportGithub(due: readonly DuePage[], total: number, policy: ReviewPolicy): string {
  const lines = ['## Pages due for review', '', summary(due, total, policy)];
  const overdue = due.filter((page) => page.overdue);
  const old = due.filter((page) => page.oldSources.length > 0);
  if (overdue.length > 0) {
    lines.push('', `### ${OVERDUE_HEADING(policy)}`, '', '| Page | File | Last checked |', '| --- | --- | --- |');
    for (const page of overdue) {
      lines.push(
        `| ${markdownCell(page.title)} | \`${markdownCell(page.file)}\` | ${markdownCell(overdueReason(page, policy))} |`,
      );
    }
  }
  if (old.length > 0) {
    lines.push('', `### ${OLD_SOURCES_HEADING(policy)}`, '', '| Page | File | Old sources |', '| --- | --- | --- |');
    for (const page of old) {
      lines.push(
        `| ${markdownCell(page.title)} | \`${markdownCell(page.file)}\` | ${markdownCell(sourcesReason(page))} |`,
      );
    }
  }
  return lines.join('\n');
}
