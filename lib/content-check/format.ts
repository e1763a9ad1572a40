// How the check prints a problem: `path:line:column  message` for people, or a GitHub Actions
// annotation shown on the file and line in a pull request.
import { formatProblem } from '../content/errors';
import type { CheckProblem } from './problems';

export { formatProblem };

export function formatGithubAnnotation(problem: CheckProblem): string {
  const property = (value: string) =>
    value
      .replaceAll('%', '%25')
      .replaceAll('\r', '%0D')
      .replaceAll('\n', '%0A')
      .replaceAll(':', '%3A')
      .replaceAll(',', '%2C');
  const data = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(
    `${problem.field} (${problem.rule})`,
  )}::${data(problem.message)}`;
}
