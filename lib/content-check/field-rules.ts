// The schema rule: frontmatter checked against the document types' field definitions, and the
// YAML rule: the frontmatter must parse.
import { fieldName } from './field-path';
import { checkObject, type FieldSpecs, type SchemaProblem } from './field-specs';
import type { ParsedYaml } from './parse';
import type { Report } from './problems';

export function reportYamlProblems(yaml: ParsedYaml, report: Report): void {
  for (const problem of yaml.problems) report('yaml', problem, 'yaml', problem.message);
}

/** Reports every field that is missing, mistyped or unknown; returns how many problems it found. */
export function checkFields(fields: FieldSpecs, yaml: ParsedYaml, report: Report): number {
  const problems: SchemaProblem[] = [];
  checkObject(fields, yaml.data, [], problems);
  for (const problem of problems) {
    report(problem.rule ?? 'schema', yaml.locate(problem.path), fieldName(problem.path), problem.message);
  }
  return problems.length;
}
