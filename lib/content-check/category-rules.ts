// The rules one category file must pass: it parses as YAML and has the category fields.
import { checkFields, reportYamlProblems } from './field-rules';
import type { FieldSpecs } from './field-specs';
import { parseYaml, type SourceFile } from './parse';
import type { Report } from './problems';

export function checkCategory(file: SourceFile, categoryFields: FieldSpecs, report: Report): void {
  const yaml = parseYaml(file.text);
  reportYamlProblems(yaml, report);
  if (yaml.problems.length > 0) return;
  checkFields(categoryFields, yaml, report);
}
