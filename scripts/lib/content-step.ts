// How each build step that reads content (compile, index and search index) stops when something is
// wrong: every content problem as `path:line:column  field: message`, anything else as one line
// naming the step, and exit code 1; never a stack trace.
import { checkContent } from '../../lib/content-check/check';
import { contentSchema } from '../../lib/content-check/content-schema';
import { loadContentFiles } from '../../lib/content-check/load';
import { todayUtc } from '../../lib/content/dates';
import { CONTENT_DIR } from '../../lib/content/paths';
import { ContentError, formatProblem } from '../../lib/content/errors';

/** Runs one content step and prints what stopped it; returns its exit code (0 when it succeeded). */
export async function reportContentStep(name: string, step: () => Promise<number | void>): Promise<number> {
  try {
    return (await step()) || 0;
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(
        `${name}: ${error.problems.length} content problem(s). See CONTRIBUTING.md, "Reading check errors".`,
      );
    } else {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}

/** Runs a content step as a script: its exit code becomes the process's. */
export async function runContentStep(name: string, step: () => Promise<number | void>): Promise<void> {
  process.exitCode = await reportContentStep(name, step);
}

/** Throws the content check's problems as a ContentError: a step run on its own stops as the check would. */
export async function assertContentChecks(contentDir = CONTENT_DIR): Promise<void> {
  const problems = checkContent(await loadContentFiles(contentDir), { ...contentSchema(), today: todayUtc() });
  if (problems.length > 0) throw new ContentError(problems);
}
