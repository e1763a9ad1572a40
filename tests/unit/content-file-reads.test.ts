// Content files read again only when they changed (lib/content-check/load.ts): npm run dev's watcher
// reads the whole library after every save, for the check and for the compile.
import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashText } from '@/lib/build/content-cache';
import { hashOfSource, loadContentFiles, readContentFile } from '@/lib/content-check/load';

const root = mkdtempSync(path.join(os.tmpdir(), 'content-reads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading a content file', () => {
  it('gives back what it read while the file is unchanged, with the hash of its text', () => {
    const file = path.join(root, 'a.mdx');
    writeFileSync(file, 'title: A\n');
    const first = readContentFile(file);
    expect(first).toMatchObject({ text: 'title: A\n', hash: hashText('title: A\n') });
    expect(readContentFile(file)).toBe(first);
  });

  it('reads it again after any way of saving: in place (same size), renamed over, or only its time changed', () => {
    const file = path.join(root, 'b.mdx');
    writeFileSync(file, 'title: B\n');
    const before = readContentFile(file);
    writeFileSync(file, 'title: C\n');
    // The same second as the first write on coarse clocks: the time is set apart explicitly.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(readContentFile(file).text).toBe('title: C\n');
    writeFileSync(`${file}.tmp`, 'title: D\n');
    renameSync(`${file}.tmp`, file);
    expect(readContentFile(file)).toMatchObject({ text: 'title: D\n', hash: hashText('title: D\n') });
    expect(readContentFile(file)).not.toBe(before);
  });

  it('still reports bytes that are not UTF-8, and gives each loaded file the hash of its own text', async () => {
    const dir = path.join(root, 'content');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'questions'), { recursive: true });
    writeFileSync(path.join(dir, 'questions/bom.mdx'), Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    writeFileSync(path.join(dir, 'questions/ok.mdx'), 'fine\n');
    const files = await loadContentFiles('content', root);
    expect(
      files.map((file) => [file.contentPath, Boolean(file.encoding), hashOfSource(file) === hashText(file.text)]),
    ).toEqual([
      ['questions/bom.mdx', true, true],
      ['questions/ok.mdx', false, true],
    ]);
  });

  it('never gives a copy with other text the hash of the text it was copied from', async () => {
    const [file] = await loadContentFiles('content', root);
    const copy = { ...file!, text: 'changed\n' };
    expect(hashOfSource(copy)).toBe(hashText('changed\n'));
    expect(hashOfSource(file!)).toBe(hashText(file!.text));
  });
});
