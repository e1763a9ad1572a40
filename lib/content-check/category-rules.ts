// The rules one category file must pass: it parses as YAML and has the category fields.
import { checkFields, reportYamlProblems } from './field-rules';
import type { FieldSpecs } from './field-specs';
import { parseYaml, type SourceFile } from './parse';
import { FILE_START, type Report } from './problems';

export function checkCategory(file: SourceFile, categoryFields: FieldSpecs, report: Report): void {
  const yaml = parseYaml(file.text);
  reportYamlProblems(yaml, report);
  if (yaml.problems.length > 0) return;
  if (yaml.data === null || yaml.data === undefined) {
    const required = Object.entries(categoryFields)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name);
    report('schema', FILE_START, 'file', `the file is empty: a category needs ${required.join(' and ')}`);
    return;
  }
  checkFields(categoryFields, yaml, report);
}
