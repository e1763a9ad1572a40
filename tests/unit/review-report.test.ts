import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '@/lib/content-check/load';
import {
  DEFAULT_REVIEW_POLICY,
  formatReportGithub,
  formatReportTable,
  monthsBefore,
  pagesDueForReview,
  readReportQuestions,
} from '@/lib/trust/review-report';

const DIR = 'tests/fixtures/review-report/content';
const TODAY = '2026-06-01';
const questions = readReportQuestions(await loadContentFiles(DIR));
const file = (slug: string) => `${DIR}/questions/${slug}.mdx`;

describe('pagesDueForReview on the fixture library', () => {
  it('reads every question file, drafts included, and nothing else', () => {
    expect(questions.map((question) => question.file)).toHaveLength(7);
    expect(questions.find((question) => question.file === file('stale-draft'))?.draft).toBe(true);
  });

  it('lists the pages last reviewed or updated over 12 months ago, or citing a source over 10 years old, oldest first', () => {
    const due = pagesDueForReview(questions, TODAY);
    expect(due.map((page) => [page.file, page.lastChecked, page.overdue, page.oldSources.map((s) => s.year)])).toEqual([
      [file('stale-and-old'), '2025-01-15', true, [2009]],
      [file('updated-13-months-ago'), '2025-04-30', true, []],
      [file('old-sources'), '2026-03-01', false, [2015]],
    ]);
  });

  it('counts a recent review as a check even when the text is older, and leaves drafts out', () => {
    const due = pagesDueForReview(questions, TODAY).map((page) => page.file);
    expect(due).not.toContain(file('reviewed-recently'));
    expect(due).not.toContain(file('stale-draft'));
    expect(due).not.toContain(file('updated-exactly-12-months-ago'));
    expect(due).not.toContain(file('recently-updated'));
  });

  it('follows a configured policy', () => {
    const due = pagesDueForReview(questions, TODAY, { reviewAfterMonths: 6, sourceMaxAgeYears: 2 });
    expect(due.map((page) => page.file)).toEqual([
      file('stale-and-old'),
      file('updated-13-months-ago'),
      file('updated-exactly-12-months-ago'),
      file('reviewed-recently'),
      file('old-sources'),
    ]);
    expect(due.find((page) => page.file === file('reviewed-recently'))).toMatchObject({
      lastCheckedField: 'reviewed',
      overdue: false,
      oldSources: [{ id: 'source-2023', year: 2023 }],
    });
  });
});

describe('the report as text', () => {
  it('prints a table with the reasons, then the count', () => {
    const due = pagesDueForReview(questions, TODAY);
    const text = formatReportTable(due, 6, DEFAULT_REVIEW_POLICY);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Page +Last checked +Why it is due$/);
    expect(lines[2]).toMatch(
      /^tests\/fixtures\/review-report\/content\/questions\/stale-and-old\.mdx +2025-01-15 +reviewed 2025-01-15, over 12 months ago; source over 10 years old: source-2009 \(2009\)$/,
    );
    expect(lines.at(-1)).toBe(
      '3 of 6 published page(s) due for review (last reviewed or updated over 12 months ago, or citing a source over 10 years old).',
    );
  });

  it('says so when nothing is due', () => {
    expect(formatReportTable([], 6, DEFAULT_REVIEW_POLICY)).toMatch(/^0 of 6 published page\(s\) due for review/);
  });

  it('prints GitHub Markdown with one row per page and escapes table syntax', () => {
    const due = pagesDueForReview(questions, TODAY);
    const markdown = formatReportGithub(
      [{ ...due[0], title: 'Pipes | and \\ slashes?' }, ...due.slice(1)],
      6,
      DEFAULT_REVIEW_POLICY,
    );
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('| Page | File | Last checked | Why it is due |');
    expect(rows[1]).toBe(
      '| Pipes \\| and \\\\ slashes? | `tests/fixtures/review-report/content/questions/stale-and-old.mdx` | 2025-01-15 | reviewed 2025-01-15, over 12 months ago; source over 10 years old: source-2009 (2009) |',
    );
  });
});

describe('monthsBefore', () => {
  it('steps back calendar months, across years and into short months', () => {
    expect(monthsBefore('2026-06-01', 12)).toBe('2025-06-01');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
  });
});
