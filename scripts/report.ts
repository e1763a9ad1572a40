// `npm run report`: lists the published pages due for an editorial review (see lib/trust/review-report.ts),
// as a table, or with `--format github` as Markdown for a job summary or an issue, then readers'
// feedback per page when the site's Redis is configured (FEEDBACK_REDIS_URL or REDIS_URL; see
// lib/feedback/). `--handled <id>` marks a reader's report handled. Always exits 0 for the listing: a
// page due for review is work to plan, not a broken build.
import { parseArgs } from 'node:util';
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

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string', default: CONTENT_DIR },
    months: { type: 'string', default: String(DEFAULT_REVIEW_POLICY.reviewAfterMonths) },
    'source-years': { type: 'string', default: String(DEFAULT_REVIEW_POLICY.sourceMaxAgeYears) },
    today: { type: 'string', default: todayUtc() },
    handled: { type: 'string' },
  },
});

function wholeNumber(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} must be a whole number, not "${value}"`);
    process.exit(2);
  }
  return parsed;
}

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`Unknown --format "${values.format}": use text or github`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
  console.error(`--today must be YYYY-MM-DD, not "${values.today}"`);
  process.exit(2);
}
const policy = {
  reviewAfterMonths: wholeNumber('months', values.months),
  sourceMaxAgeYears: wholeNumber('source-years', values['source-years']),
};

const questions = readReportQuestions(await loadContentFiles(values.dir));
const published = questions.filter((question) => !question.draft).length;
const due = pagesDueForReview(questions, values.today, policy);
console.log((values.format === 'github' ? formatReportGithub : formatReportTable)(due, published, policy));

console.log('');
console.log(await readerFeedback(questions, values.format, values.handled, values.today));
