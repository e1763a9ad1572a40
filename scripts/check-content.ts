// `npm run check`: checks every file in content/ and prints each problem as `path:line:column  message`
// (or, with `--format github`, as GitHub Actions annotations); exits 1 when there is any.
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/content-check/check';
import { formatGithubAnnotation, formatProblem } from '../lib/content-check/format';
import { contentSchema } from '../lib/content-check/content-schema';
import { loadContentFiles } from '../lib/content-check/load';
import { todayUtc } from '../lib/content/dates';
import { CONTENT_DIR } from '../lib/content/paths';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string', default: CONTENT_DIR },
  },
});
if (values.format !== 'text' && values.format !== 'github') {
  console.error(`Unknown --format "${values.format}": use text or github`);
  process.exit(2);
}

const started = performance.now();
const files = await loadContentFiles(values.dir);
const problems = checkContent(files, { ...contentSchema(), today: todayUtc() });
const format = values.format === 'github' ? formatGithubAnnotation : formatProblem;
for (const problem of problems) console.log(format(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = `Checked ${files.length} content files in ${seconds}s: ${problems.length} problem(s).`;
if (problems.length > 0) {
  console.error(`${summary} See CONTRIBUTING.md, "Reading check errors".`);
  process.exit(1);
}
console.log(summary);
