// `npm run check`: checks every file in content/ and prints each problem as `path:line:column  message`
// (or, with `--format github`, as GitHub Actions annotations); exits 1 when there is an error.
// Warnings are printed too, but do not fail the check.
import { errorsOnly } from '../lib/content-check/check';
import { formatGithubAnnotation, formatProblem } from '../lib/content-check/format';
import { CONTENT_DIR } from '../lib/content/paths';
import { parseCommandLine, requireContentDir, requireOutputFormat } from './lib/command-line';
import { checkContentDir } from './lib/content-step';

const { values } = parseCommandLine({
  name: 'check',
  summary: 'Checks every question and category under the content folder: each problem with its file and line.',
  usage: '[--format text|github]',
  options: {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string', default: CONTENT_DIR },
  },
  optionHelp: {
    format: 'text for people, github for annotations on a pull request',
    dir: 'the content folder to check',
  },
});
requireContentDir('check', values.dir);
const outputFormat = requireOutputFormat('check', values.format);

const started = performance.now();
const { files, kept, problems } = await checkContentDir(values.dir);
const format = outputFormat === 'github' ? formatGithubAnnotation : formatProblem;
for (const problem of problems) console.log(format(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const unchanged = kept > 0 ? ` (${kept} unchanged since the last check)` : '';
const errors = errorsOnly(problems).length;
const warnings = problems.length - errors;
const warned = warnings > 0 ? `, ${warnings} warning(s) to look at (they do not fail the check)` : '';
const summary = `Checked ${files} content files${unchanged} in ${seconds}s: ${errors} problem(s)${warned}.`;
if (errors > 0) {
  console.error(`${summary} See CONTRIBUTING.md, "Reading check errors".`);
  process.exit(1);
}
console.log(summary);
