// The browser editor's fields come from the document types (lib/content/document-types.ts): a field
// added there and missing from the editor, or an allowed value the editor does not offer, fails here.
import type { ComponentSchema } from '@keystatic/core';
import { describe, expect, it } from 'vitest';
import { categoryEditorFields, questionEditorFields } from '@/editor/document-fields';
import { Category, Question } from '@/lib/content/document-types';
import { fieldSpecsOf, type FieldSpec } from '@/lib/content-check/field-specs';

interface NestedType {
  type: 'nested';
  def: () => { fields: unknown };
}

/** Every field path of a document type ("sources[].type"), with the allowed values of an enum. */
function documentFields(fields: unknown, prefix = ''): Map<string, readonly string[] | undefined> {
  const paths = new Map<string, readonly string[] | undefined>();
  for (const [name, spec] of Object.entries(fieldSpecsOf(fields)) as [string, FieldSpec][]) {
    const item = spec.type === 'list' ? (spec.of as FieldSpec | NestedType) : spec;
    const key = `${prefix}${name}${spec.type === 'list' ? '[]' : ''}`;
    paths.set(key, item.type === 'enum' ? (item as FieldSpec).options : undefined);
    if (item.type === 'nested')
      for (const [path, options] of documentFields((item as NestedType).def().fields, `${key}.`))
        paths.set(path, options);
  }
  return paths;
}

/** Every field path of the editor's schema, with the values a choice offers. */
function editorFields(
  fields: Record<string, ComponentSchema>,
  prefix = '',
): Map<string, readonly string[] | undefined> {
  const paths = new Map<string, readonly string[] | undefined>();
  for (const [name, schema] of Object.entries(fields)) {
    const item = schema.kind === 'array' ? schema.element : schema;
    const key = `${prefix}${name}${schema.kind === 'array' ? '[]' : ''}`;
    const options =
      'options' in item
        ? (item.options as unknown as { value: string }[]).map((option) => option.value).filter(Boolean)
        : undefined;
    paths.set(key, options);
    if (item.kind === 'object')
      for (const [path, nested] of editorFields(item.fields, `${key}.`)) paths.set(path, nested);
  }
  return paths;
}

describe.each([
  { name: 'question', type: Question, editor: questionEditorFields() },
  { name: 'category', type: Category, editor: categoryEditorFields() },
])('the editor of a $name', ({ type, editor }) => {
  const expected = documentFields(type.def().fields);
  const actual = editorFields(editor);

  it('has every field of the document type, nested ones included, and no other (the body aside)', () => {
    expect([...actual.keys()].filter((path) => path !== 'body').sort()).toEqual([...expected.keys()].sort());
  });

  it('offers exactly the allowed values of every choice', () => {
    for (const [path, options] of expected) if (options) expect(actual.get(path), path).toEqual([...options]);
  });

  it('requires what the document type requires', () => {
    for (const [name, spec] of Object.entries(fieldSpecsOf(type.def().fields)) as [string, FieldSpec][]) {
      const schema = editor[name]!;
      if (!spec.required || schema.kind !== 'form' || spec.type === 'boolean' || spec.type === 'list') continue;
      // An empty required field fails the editor's validation, so it cannot be saved empty.
      expect(() => schema.validate(schema.defaultValue() as never, undefined as never), name).toThrow();
    }
  });
});

it('fails when a document field is missing from the editor', () => {
  const fields = questionEditorFields();
  delete fields.subject;
  expect(editorFields(fields).has('subject')).toBe(false);
  expect(documentFields(Question.def().fields).has('subject')).toBe(true);
});
