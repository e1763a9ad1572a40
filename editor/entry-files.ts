// How the editor reads a file into its form and writes the form back to a file, as Keystatic's UI
// does (frontmatter split, js-yaml load and dump, each field's own parse and serialize, fields in
// schema order, absent values left out), for the schema this project gives it: form fields, objects,
// lists, a slug field and a content field. The round-trip test reads and writes every shipped question
// through it; the save check (editor/save-check.ts) reads the candidate files Keystatic sends.
import { dump, load } from 'js-yaml';
import type { ComponentSchema } from '@keystatic/core';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface EntryFormat {
  /** The slug field: its value is the file name. */
  slugField: string;
  /** The field stored as the file's body, after the frontmatter (questions); none for data files. */
  contentField?: string;
}

type Fields = Record<string, ComponentSchema>;
type State = Record<string, unknown>;

const FRONTMATTER = /^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/;

function parseValue(schema: ComponentSchema, value: unknown, extra: { slug?: string; content?: Uint8Array }): unknown {
  switch (schema.kind) {
    case 'form':
      if (schema.formKind === 'slug')
        return schema.parse(value as never, extra.slug === undefined ? undefined : { slug: extra.slug });
      if (schema.formKind === 'content')
        return schema.parse(value as never, {
          content: extra.content,
          other: new Map(),
          external: new Map(),
          slug: undefined,
        });
      if (schema.formKind === undefined) return schema.parse(value as never);
      throw new Error(`no reader for a ${schema.formKind} field`);
    case 'object': {
      const record = (value ?? {}) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(schema.fields).map(([name, field]) => [name, parseValue(field, record[name], {})]),
      );
    }
    case 'array':
      return ((value ?? []) as unknown[]).map((item) => parseValue(schema.element, item ?? undefined, {}));
    default:
      throw new Error(`no reader for a ${schema.kind} field`);
  }
}

function serializeValue(schema: ComponentSchema, value: unknown): unknown {
  switch (schema.kind) {
    case 'form':
      if (schema.formKind === undefined || schema.formKind === 'slug') return schema.serialize(value as never).value;
      throw new Error(`no writer for a nested ${schema.formKind} field`);
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.fields)
          .map(([name, field]) => [name, serializeValue(field, (value as State)[name])] as const)
          .filter(([, fieldValue]) => fieldValue !== undefined),
      );
    case 'array':
      return (value as unknown[]).map((item) => serializeValue(schema.element, item) ?? null);
    default:
      throw new Error(`no writer for a ${schema.kind} field`);
  }
}

/** The form state of one file, as the editor opens it. */
export function readEntry(fields: Fields, format: EntryFormat, slug: string, bytes: Uint8Array): State {
  let data: unknown;
  let content: Uint8Array | undefined;
  if (format.contentField) {
    const text = decoder.decode(bytes);
    const match = FRONTMATTER.exec(text);
    data = match ? load(match[1] ?? '') : {};
    content = match ? bytes.slice(encoder.encode(match[0]).byteLength) : bytes;
  } else {
    data = load(decoder.decode(bytes));
  }
  const record = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      name === format.contentField
        ? parseValue(field, undefined, { content })
        : parseValue(field, record[name], name === format.slugField ? { slug } : {}),
    ]),
  );
}

/** The file the editor writes for a form state, and its slug (the file name). */
export function writeEntry(fields: Fields, format: EntryFormat, state: State): { slug: string; bytes: Uint8Array } {
  const data: State = {};
  let slug = '';
  let content: Uint8Array = new Uint8Array();
  for (const [name, field] of Object.entries(fields)) {
    if (name === format.slugField && field.kind === 'form' && field.formKind === 'slug') {
      const written = field.serializeWithSlug(state[name] as never);
      slug = written.slug;
      if (written.value !== undefined) data[name] = written.value;
    } else if (name === format.contentField && field.kind === 'form' && field.formKind === 'content') {
      content = field.serialize(state[name] as never, { slug }).content ?? new Uint8Array();
    } else {
      const value = serializeValue(field, state[name]);
      if (value !== undefined) data[name] = value;
    }
  }
  const yaml = encoder.encode(dump(data));
  if (!format.contentField) return { slug, bytes: yaml };
  const split = encoder.encode('---\n');
  const bytes = new Uint8Array(split.byteLength * 2 + yaml.byteLength + content.byteLength);
  bytes.set(split);
  bytes.set(yaml, split.byteLength);
  bytes.set(split, split.byteLength + yaml.byteLength);
  bytes.set(content, split.byteLength * 2 + yaml.byteLength);
  return { slug, bytes };
}
