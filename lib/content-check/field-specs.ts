// Checks frontmatter against the field definitions in lib/content/document-types.ts, so the document shape
// is written once: required fields, types, enum options, nested items and unknown fields.

/** The parts of a Contentlayer field definition the check reads (structurally, from `X.def().fields`). */
export interface FieldSpec {
  type: string;
  required?: boolean;
  options?: readonly string[];
  of?: unknown;
}

export type FieldSpecs = Record<string, FieldSpec>;

export type FieldPath = (string | number)[];

export interface SchemaProblem {
  path: FieldPath;
  /** Where to point when the value itself is absent: the parent object's path. */
  missing?: boolean;
  /** Set for the problems with a rule of their own; the others are the schema rule's. */
  rule?: 'impossible-date' | 'blank-text';
  message: string;
}

interface NestedSpec {
  type: 'nested';
  def: () => { fields: unknown };
}

function isNestedSpec(value: unknown): value is NestedSpec {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'nested' &&
    typeof (value as { def?: unknown }).def === 'function'
  );
}

/** Field specs of a document or nested type definition; Contentlayer also allows an array form. */
export function fieldSpecsOf(fields: unknown): FieldSpecs {
  if (Array.isArray(fields)) {
    return Object.fromEntries((fields as (FieldSpec & { name: string })[]).map((field) => [field.name, field]));
  }
  return fields as FieldSpecs;
}

const nestedCache = new WeakMap<object, FieldSpecs>();
function nestedFields(spec: NestedSpec): FieldSpecs {
  let fields = nestedCache.get(spec);
  if (!fields) {
    fields = fieldSpecsOf(spec.def().fields);
    nestedCache.set(spec, fields);
  }
  return fields;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * Why text shaped like a date names no day on the calendar ("February 2026 has 28 days"), or
 * undefined when it is a real day. JavaScript would quietly roll 2026-02-30 over to 2 March.
 */
export function impossibleDate(text: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return `there is no month ${month}: months run from 01 to 12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

export function isDateValue(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return (
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    impossibleDate(value) === undefined &&
    !Number.isNaN(new Date(value).getTime())
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function expected(spec: { type: string; options?: readonly string[] }): string {
  switch (spec.type) {
    case 'string':
    case 'markdown':
    case 'mdx':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date (YYYY-MM-DD)';
    case 'enum':
      return `one of: ${(spec.options ?? []).join(', ')}`;
    case 'list':
      return 'a list';
    default:
      return 'a group of fields';
  }
}

/** Checks one value against one field or list-item spec (a scalar spec or a nested type). */
function checkValue(spec: unknown, value: unknown, path: FieldPath, problems: SchemaProblem[]): void {
  if (isNestedSpec(spec)) {
    checkObject(nestedFields(spec), value, path, problems);
    return;
  }
  const field = spec as FieldSpec;
  const wrong = () => problems.push({ path, message: `must be ${expected(field)}, not ${describe(value)}` });
  switch (field.type) {
    case 'string':
    case 'markdown':
    case 'mdx':
    case 'image':
      if (typeof value !== 'string') wrong();
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) wrong();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrong();
      return;
    case 'date': {
      const impossible = typeof value === 'string' ? impossibleDate(value) : undefined;
      if (impossible) {
        problems.push({
          path,
          rule: 'impossible-date',
          message: `must be a date (YYYY-MM-DD), not "${value as string}": ${impossible}`,
        });
      } else if (!isDateValue(value)) wrong();
      return;
    }
    case 'enum':
      if (typeof value !== 'string' || !(field.options ?? []).includes(value)) wrong();
      return;
    case 'list':
      if (!Array.isArray(value)) {
        wrong();
        return;
      }
      value.forEach((item, index) => {
        if (item === null || item === undefined) problems.push({ path: [...path, index], message: 'empty list item' });
        else checkValue(field.of, item, [...path, index], problems);
      });
      return;
    case 'nested':
      if (isNestedSpec(field.of)) checkObject(nestedFields(field.of), value, path, problems);
      return;
    default:
      // json, reference and polymorphic fields carry no shape the check can enforce.
      return;
  }
}

/** Checks an object of fields: each required field present, each present field well typed, no unknown field. */
export function checkObject(fields: FieldSpecs, value: unknown, path: FieldPath, problems: SchemaProblem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) {
    problems.push({ path, message: `must be a group of fields, not ${describe(value)}` });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [name, spec] of Object.entries(fields)) {
    const fieldValue = record[name];
    if (fieldValue === undefined || fieldValue === null) {
      if (spec.required)
        problems.push({ path: [...path, name], missing: true, message: `missing required field "${name}"` });
      continue;
    }
    if (spec.required && typeof fieldValue === 'string' && fieldValue.trim() === '') {
      problems.push({ path: [...path, name], rule: 'blank-text', message: `is blank: write the ${name}` });
      continue;
    }
    checkValue(spec, fieldValue, [...path, name], problems);
  }
  for (const name of Object.keys(record)) {
    if (!Object.hasOwn(fields, name)) {
      problems.push({
        path: [...path, name],
        message: `unknown field "${name}"; known fields: ${Object.keys(fields).join(', ')}`,
      });
    }
  }
}
