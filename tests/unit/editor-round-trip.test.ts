// The browser editor opens and saves every shipped question and category: an unchanged file comes back
// either as it was or in the editor's formatting, and that formatting is stable (a second pass changes
// nothing), says the same thing (the frontmatter and body read back equal), and passes the content check.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { categoryEditorFields, questionEditorFields } from '@/editor/document-fields';
import { readEntry, writeEntry, type EntryFormat } from '@/editor/entry-files';
import { checkContent, errorsOnly } from '@/lib/content-check/check';
import { contentSchema } from '@/lib/content-check/content-schema';
import type { SourceFile } from '@/lib/content-check/parse';

const decoder = new TextDecoder();
const kinds = [
  {
    folder: 'questions',
    extension: '.mdx',
    fields: questionEditorFields(),
    format: { slugField: 'title', contentField: 'body' },
  },
  { folder: 'categories', extension: '.yaml', fields: categoryEditorFields(), format: { slugField: 'title' } },
] satisfies {
  folder: string;
  extension: string;
  fields: ReturnType<typeof questionEditorFields>;
  format: EntryFormat;
}[];

function roundTrip(kind: (typeof kinds)[number], slug: string, text: string): string {
  const written = writeEntry(
    kind.fields,
    kind.format,
    readEntry(kind.fields, kind.format, slug, new TextEncoder().encode(text)),
  );
  expect(written.slug).toBe(slug);
  return decoder.decode(written.bytes);
}

function frontmatterAndBody(text: string): { data: unknown; body: string } {
  const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(text);
  return match ? { data: load(match[1]!), body: match[2]! } : { data: load(text), body: '' };
}

const saved = new Map<string, string>();

describe.each(kinds)('the editor on every shipped file in content/$folder', (kind) => {
  const files = readdirSync(path.join('content', kind.folder)).filter((name) => name.endsWith(kind.extension));

  it.each(files)('%s: saved unchanged, it means the same, and a second save changes nothing', (name) => {
    const slug = name.slice(0, -kind.extension.length);
    const original = readFileSync(path.join('content', kind.folder, name), 'utf8');
    const once = roundTrip(kind, slug, original);
    expect(roundTrip(kind, slug, once)).toBe(once);
    const [before, after] = [frontmatterAndBody(original), frontmatterAndBody(once)];
    expect(after.body).toBe(before.body);
    // The same values, with optional lists left empty written as [] at most.
    const withoutEmptyLists = (data: unknown) =>
      JSON.parse(
        JSON.stringify(data, (_key, value: unknown) =>
          Array.isArray(value) && value.length === 0 ? undefined : value,
        ),
      );
    expect(withoutEmptyLists(after.data)).toEqual(withoutEmptyLists(before.data));
    expect(once).not.toMatch(/\\\[\\\[/);
    saved.set(`${kind.folder}/${name}`, once);
  });
});

describe('the content as the editor saves it', () => {
  it('passes the content check as the shipped files do', () => {
    const files: SourceFile[] = [...saved].map(([contentPath, text]) => ({
      path: `content/${contentPath}`,
      contentPath,
      text,
    }));
    expect(files.length).toBeGreaterThanOrEqual(40);
    const problems = errorsOnly(checkContent(files, { ...contentSchema(), today: '2026-12-07' }));
    expect(problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`)).toEqual([]);
  });
});
