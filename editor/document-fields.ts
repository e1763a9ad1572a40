// The browser editor's fields, derived from the one definition of the document types
// (lib/content/document-types.ts): every field of a question and a category, with its required rule,
// allowed values and description, so the editor can never drift from what the build accepts. A few
// fields get a richer input than their type alone gives (the title names the file, a category or a
// related question is picked from the existing ones, a help box's action shows its heading); they keep
// the name, rule and values of their definition.
import { fields, type ComponentSchema } from '@keystatic/core';
import { HELP_ACTIONS, type HelpActionId } from '../data/help-actions';
import { Category, Question } from '../lib/content/document-types';
import { fieldSpecsOf, type FieldSpec, type FieldSpecs } from '../lib/content-check/field-specs';
import { toSlug } from '../lib/content/slug';
import { mdxSource } from './mdx-source-field';

interface NestedType {
  type: 'nested';
  def: () => { name?: string; fields: unknown };
}

type Fields = Record<string, ComponentSchema>;

function isNested(spec: unknown): spec is NestedType {
  return typeof spec === 'object' && spec !== null && (spec as { type?: unknown }).type === 'nested';
}

/** "shortAnswer" -> "Short answer". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Fields whose text runs to sentences get a text area.
const MULTILINE = new Set([
  'summary',
  'shortAnswer',
  'text',
  'answer',
  'claim',
  'correction',
  'noUrgentSigns',
  'description',
]);

/** A field that writes nothing when left at its empty value (so optional fields stay absent, as hand-written files have them). */
function omitWhen<T>(field: ComponentSchema, isEmpty: (value: T) => boolean): ComponentSchema {
  if (field.kind !== 'form' || field.formKind !== undefined) return field;
  return {
    ...field,
    serialize: (value: T) => (isEmpty(value) ? { value: undefined } : field.serialize(value as never)),
  } as ComponentSchema;
}

function scalarField(name: string, spec: FieldSpec & { description?: string; default?: unknown }): ComponentSchema {
  const label = labelOf(name);
  const description = spec.description;
  const isRequired = spec.required === true;
  switch (spec.type) {
    case 'string':
      return fields.text({ label, description, multiline: MULTILINE.has(name), validation: { isRequired } });
    case 'number':
      return fields.integer({ label, description, validation: { isRequired } });
    case 'boolean':
      // false is the default: left unticked, the field is not written.
      return omitWhen<boolean>(fields.checkbox({ label, description }), (value) => !value);
    case 'date':
      return fields.date({ label, description, validation: { isRequired } });
    case 'enum': {
      const options = (spec.options ?? []).map((value) => ({ label: value, value }));
      if (isRequired) return fields.select({ label, description, options, defaultValue: options[0]!.value });
      // An optional choice can be none: written as no field at all.
      const select = fields.select({
        label,
        description,
        options: [{ label: '(none)', value: '' }, ...options],
        defaultValue: '',
      });
      return {
        ...select,
        parse: (value: unknown) => select.parse((value ?? '') as never),
        serialize: (value: string) => (value === '' ? { value: undefined } : select.serialize(value)),
      } as ComponentSchema;
    }
    default:
      throw new Error(
        `${name}: the editor has no input for a "${spec.type}" field; add one in editor/document-fields.ts`,
      );
  }
}

/** The label a list item shows when folded: its first text field. */
function itemLabelOf(
  itemFields: FieldSpecs,
): ((props: { fields: Record<string, { value: unknown }> }) => string) | undefined {
  const first = Object.entries(itemFields).find(([, spec]) => spec.type === 'string' || spec.type === 'enum')?.[0];
  return first ? (props) => String(props.fields[first]?.value ?? '') || '(empty)' : undefined;
}

/** Inputs that say more than the type: the field's name (or its path under a nested type) -> its input. */
type Overrides = Record<string, (spec: FieldSpec & { description?: string }) => ComponentSchema>;

function fieldsOf(specs: FieldSpecs, overrides: Overrides, prefix = ''): Fields {
  const result: Fields = {};
  for (const [name, spec] of Object.entries(specs) as [string, FieldSpec & { description?: string }][]) {
    const key = prefix + name;
    const override = overrides[key];
    if (override) {
      result[name] = override(spec);
    } else if (spec.type === 'list') {
      const label = labelOf(name);
      if (isNested(spec.of)) {
        const nestedSpecs = fieldSpecsOf(spec.of.def().fields);
        result[name] = fields.array(fields.object(fieldsOf(nestedSpecs, overrides, `${spec.of.def().name ?? name}.`)), {
          label,
          description: spec.description,
          itemLabel: itemLabelOf(nestedSpecs) as never,
        });
      } else {
        const item = scalarField(name, { ...(spec.of as FieldSpec), required: false });
        result[name] = fields.array(item, {
          label,
          description: spec.description,
          itemLabel: (props: { value: unknown }) => String(props.value ?? ''),
        } as never);
      }
    } else {
      result[name] = scalarField(name, spec);
    }
  }
  return result;
}

const helpActionOptions = Object.entries(HELP_ACTIONS).map(([value, action]) => ({
  value,
  label: `${action.heading} (${value})`,
}));

const questionOverrides: Overrides = {
  // The title names the file: its slug, by the site's one slug function (the check requires it).
  title: () =>
    fields.slug({
      name: { label: 'Title', validation: { isRequired: true } },
      slug: { label: 'File name (the page address)', generate: toSlug },
    }),
  category: (spec) =>
    fields.relationship({
      label: 'Category',
      description: spec.description,
      collection: 'categories',
      validation: { isRequired: true },
    }),
  related: (spec) =>
    fields.array(fields.relationship({ label: 'Related question', collection: 'questions' }), {
      label: 'Related',
      description: spec.description,
      itemLabel: (props) => props.value ?? '',
    }),
  'HelpBox.action': (spec) =>
    fields.select({
      label: 'Action',
      description: spec.description,
      options: helpActionOptions,
      defaultValue: helpActionOptions[0]!.value as HelpActionId,
    }),
  'KeyPoint.sources': (spec) =>
    fields.array(fields.text({ label: 'Source id' }), {
      label: 'Sources',
      description: `${spec.description ?? ''}: the id of one of this page's sources, each`,
      itemLabel: (props) => props.value,
    }),
};

const categoryOverrides: Overrides = {
  title: () =>
    fields.slug({
      name: { label: 'Title', validation: { isRequired: true } },
      slug: { label: 'File name (the page address)', generate: toSlug },
    }),
};

/** The question's fields in the editor, in the order the document type lists them, then its body. */
export function questionEditorFields(): Fields {
  return {
    ...fieldsOf(fieldSpecsOf(Question.def().fields), questionOverrides),
    body: mdxSource({
      label: 'Body (MDX)',
      description:
        'The in-depth answer: ## headings, paragraphs, <Callout> boxes; link another question with [[its title]] or [[target|link text]]',
    }),
  };
}

export function categoryEditorFields(): Fields {
  return fieldsOf(fieldSpecsOf(Category.def().fields), categoryOverrides);
}
