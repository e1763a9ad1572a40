// The field definitions the check enforces, read from lib/content/document-types.ts (the one place a
// document's shape is written, also read by contentlayer.config.ts), so the check and the build can
// never disagree on a field. Importing it reads no content and loads no MDX plugin.
import { Category, Question } from '../content/document-types';
import { fieldSpecsOf, type FieldSpecs } from './field-specs';

export interface ContentSchema {
  questionFields: FieldSpecs;
  categoryFields: FieldSpecs;
}

export function contentSchema(): ContentSchema {
  return {
    questionFields: fieldSpecsOf(Question.def().fields),
    categoryFields: fieldSpecsOf(Category.def().fields),
  };
}
