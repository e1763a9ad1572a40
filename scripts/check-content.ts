// `npm run check`: checks every file in content/ and prints each problem as `path:line:column  message`
// (or, with `--format github`, as GitHub Actions annotations); exits 1 when there is any.
import { parseArgs } from 'node:util';
import { formatGithubAnnotation, formatProblem } from '../lib/content-check/format';
import { CONTENT_DIR } from '../lib/content/paths';
import { checkContentDir } from './lib/content-step';

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
const { files, kept, problems } = await checkContentDir(values.dir);
const format = values.format === 'github' ? formatGithubAnnotation : formatProblem;
for (const problem of problems) console.log(format(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const unchanged = kept > 0 ? ` (${kept} unchanged since the last check)` : '';
const summary = `Checked ${files} content files${unchanged} in ${seconds}s: ${problems.length} problem(s).`;
if (problems.length > 0) {
  console.error(`${summary} See CONTRIBUTING.md, "Reading check errors".`);
  process.exit(1);
}
console.log(summary);
