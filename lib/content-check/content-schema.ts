// The field definitions the check enforces, read from contentlayer.config.ts (the one place a
// document's shape is written), so the check and the build can never disagree on a field.
import { Category, Question } from '../../contentlayer.config';
import { fieldSpecsOf, type FieldSpecs } from './schema';

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
