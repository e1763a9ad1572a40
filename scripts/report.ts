// `npm run report`: lists the published pages due for an editorial review (see lib/trust/review-report.ts),
// as a table, or with `--format github` as Markdown for a job summary or an issue, then readers'
// feedback per page when the site's Redis is configured (FEEDBACK_REDIS_URL or REDIS_URL; see
// lib/feedback/). `--handled <id>` marks a reader's report handled. Always exits 0 for the listing: a
// page due for review is work to plan, not a broken build.
import { loadContentFiles } from '../lib/content-check/load';
import { todayUtc } from '../lib/content/dates';
import { CONTENT_DIR } from '../lib/content/paths';
import { readerFeedback } from './lib/reader-feedback';
import {
  DEFAULT_REVIEW_POLICY,
  formatReportGithub,
  formatReportTable,
  pagesDueForReview,
  readReportQuestions,
} from '../lib/trust/review-report';
import { parseCommandLine, requireContentDir, requireOutputFormat } from './lib/command-line';

const { values } = parseCommandLine({
  name: 'report',
  summary: 'Lists the published pages due for an editorial review, and why. Always exits 0.',
  usage: '[--format text|github] [--today YYYY-MM-DD]',
  optionHelp: {
    format: 'text for a terminal, github for Markdown (a job summary or an issue)',
    dir: 'the content folder',
    months: 'a page is due this many months after it was last reviewed or updated',
    'source-years': 'a source older than this many years is due another look',
    today: 'the day to report on',
    handled: "mark a reader's report handled, by its id",
  },
  options: {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string', default: CONTENT_DIR },
    months: { type: 'string', default: String(DEFAULT_REVIEW_POLICY.reviewAfterMonths) },
    'source-years': { type: 'string', default: String(DEFAULT_REVIEW_POLICY.sourceMaxAgeYears) },
    today: { type: 'string', default: todayUtc() },
    handled: { type: 'string' },
  },
});
requireContentDir('report', values.dir);

function wholeNumber(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`npm run report: --${name} must be a whole number, not "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const format = requireOutputFormat('report', values.format);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`npm run report: --today must be YYYY-MM-DD, not "${values.today}"`);
  process.exit(2);
}
const policy = {
  reviewAfterMonths: wholeNumber('months', values.months),
  sourceMaxAgeYears: wholeNumber('source-years', values['source-years']),
};

const questions = readReportQuestions(await loadContentFiles(values.dir));
const published = questions.filter((question) => !question.draft).length;
const due = pagesDueForReview(questions, values.today, policy);
console.log((format === 'github' ? formatReportGithub : formatReportTable)(due, published, policy));

console.log('');
console.log(await readerFeedback(questions, format, values.handled, values.today));
