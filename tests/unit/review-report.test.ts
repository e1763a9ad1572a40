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
    expect(questions.map((question) => question.file)).toHaveLength(9);
    expect(questions.find((question) => question.file === file('stale-draft'))?.draft).toBe(true);
  });

  it('lists the pages last reviewed or updated over 12 months ago, or citing a source over 10 years old, oldest first', () => {
    const due = pagesDueForReview(questions, TODAY);
    expect(due.map((page) => [page.file, page.lastChecked, page.overdue, page.oldSources.map((s) => s.year)])).toEqual([
      [file('stale-and-old'), '2025-01-15', true, [2009]],
      [file('updated-13-months-ago'), '2025-04-30', true, []],
      [file('old-source-confirmed-long-ago'), '2026-03-01', false, [2010]],
      [file('old-sources'), '2026-03-01', false, [2015]],
    ]);
  });

  it('stops listing an old source an editor marked still current, until the review period since then has passed', () => {
    const due = pagesDueForReview(questions, TODAY).map((page) => page.file);
    expect(due).not.toContain(file('old-source-still-current'));
    // Confirmed on 2026-02-01: listed again once that is over 12 months ago.
    const nextYear = pagesDueForReview(questions, '2027-02-02').find(
      (page) => page.file === file('old-source-still-current'),
    );
    expect(nextYear?.oldSources).toEqual([{ id: 'landmark-2012', year: 2012, stillCurrent: '2026-02-01' }]);
    expect(pagesDueForReview(questions, '2027-02-01').map((page) => page.file)).not.toContain(
      file('old-source-still-current'),
    );
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
      file('old-source-confirmed-long-ago'),
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
  it('lists overdue pages apart from pages with old sources, each by its title, then the count', () => {
    const due = pagesDueForReview(questions, TODAY);
    const text = formatReportTable(due, 8, DEFAULT_REVIEW_POLICY);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Overdue for review (last reviewed or updated over 12 months ago): review the page, then set "reviewed"',
    );
    expect(lines[2]).toMatch(/^Page +File +Last checked$/);
    expect(lines[4]).toMatch(
      /^Stale and old\? +tests\/fixtures\/review-report\/content\/questions\/stale-and-old\.mdx +reviewed 2025-01-15, over 12 months ago$/,
    );
    const sources = lines.indexOf(
      'Citing sources over 10 years old: replace each with a newer one, or if it is still the best evidence, add "stillCurrent: YYYY-MM-DD" (today) to it',
    );
    expect(sources).toBeGreaterThan(4);
    expect(lines.slice(sources)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Stale and old\? +\S+stale-and-old\.mdx +source-2009 \(2009\)$/),
        expect.stringMatching(
          /^Cites an old source confirmed current too long ago\? +\S+ +landmark-2010 \(2010; confirmed current 2025-01-01\)$/,
        ),
      ]),
    );
    expect(text).not.toContain('landmark-2012');
    expect(lines.at(-1)).toBe(
      '4 of 8 published page(s) due for review: 2 not reviewed or updated for over 12 months, 3 citing a source over 10 years old.',
    );
  });

  it('says so when nothing is due', () => {
    expect(formatReportTable([], 6, DEFAULT_REVIEW_POLICY)).toMatch(/^0 of 6 published page\(s\) due for review/);
  });

  it('prints GitHub Markdown with a table per list and escapes table syntax', () => {
    const due = pagesDueForReview(questions, TODAY);
    const markdown = formatReportGithub(
      [{ ...due[0]!, title: 'Pipes | and \\ slashes?' }, ...due.slice(1)],
      8,
      DEFAULT_REVIEW_POLICY,
    );
    expect(markdown.split('\n').filter((line) => line.startsWith('### '))).toHaveLength(2);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows).toContain('| Page | File | Last checked |');
    expect(rows).toContain(
      '| Pipes \\| and \\\\ slashes? | `tests/fixtures/review-report/content/questions/stale-and-old.mdx` | reviewed 2025-01-15, over 12 months ago |',
    );
    expect(rows).toContain(
      '| Pipes \\| and \\\\ slashes? | `tests/fixtures/review-report/content/questions/stale-and-old.mdx` | source-2009 (2009) |',
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
