// Lenient readers for frontmatter values of unknown shape: rules run even when the schema rule has
// already reported a field as mistyped, so each reads only what is there.
import { isDateValue, type FieldPath } from './field-specs';
import type { Position } from './parse';

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A date field as YYYY-MM-DD, or undefined when it is not a date. */
export function asDay(value: unknown): string | undefined {
  if (!isDateValue(value)) return undefined;
  return (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10);
}

/** Calls `visit` with every string in frontmatter data and its field path (dates are not strings). */
export function forEachString(
  node: unknown,
  visit: (text: string, path: FieldPath) => void,
  path: FieldPath = [],
): void {
  if (typeof node === 'string') visit(node, path);
  else if (Array.isArray(node)) node.forEach((item, index) => forEachString(item, visit, [...path, index]));
  else if (typeof node === 'object' && node !== null && !(node instanceof Date))
    for (const [key, child] of Object.entries(node)) forEachString(child, visit, [...path, key]);
}

/** Where a field's value starts in the file. */
export type Locate = (...path: FieldPath) => Position;
