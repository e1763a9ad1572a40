// An error in content that stops the build, naming the file, the field and (where known) the line.

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  line?: number;
  column?: number;
  /** A warning is shown but stops nothing; a problem without severity is an error. */
  severity?: Severity;
}

export type Severity = 'error' | 'warning';

export function formatProblem(problem: ContentProblem): string {
  const place = [problem.file, problem.line, problem.line ? (problem.column ?? 1) : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${place}  ${label}${problem.field}: ${problem.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
