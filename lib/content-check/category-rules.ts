// The rules one category file must pass: it parses as YAML and has the category fields. It returns
// the flags the cross-file rules need.
import { checkFields, reportYamlProblems } from './field-rules';
import type { FieldSpecs } from './field-specs';
import { asRecord } from './frontmatter-values';
import { parseYaml, type SourceFile } from './parse';
import { FILE_START, type Report } from './problems';

export interface CategoryFacts {
  /** Every question in it must say when to get help. */
  symptoms: boolean;
}

export function checkCategory(file: SourceFile, categoryFields: FieldSpecs, report: Report): CategoryFacts {
  const yaml = parseYaml(file.text);
  reportYamlProblems(yaml, report);
  if (yaml.problems.length > 0) return { symptoms: false };
  if (yaml.data === null || yaml.data === undefined) {
    const required = Object.entries(categoryFields)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name);
    report('schema', FILE_START, 'file', `the file is empty: a category needs ${required.join(' and ')}`);
    return { symptoms: false };
  }
  checkFields(categoryFields, yaml, report);
  return { symptoms: asRecord(yaml.data).symptoms === true };
}
