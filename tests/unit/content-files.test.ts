import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORY_FILE, listQuestionFiles, QUESTION_FILE } from '@/lib/content/files';

describe('the rule for content files', () => {
  it('takes questions and categories from any sub-folder, with the file name as the slug', () => {
    expect(QUESTION_FILE.exec('questions/why-do-i-yawn.mdx')?.[1]).toBe('why-do-i-yawn');
    expect(QUESTION_FILE.exec('questions/sleep/naps/how-long-should-a-nap-be.mdx')?.[1]).toBe(
      'how-long-should-a-nap-be',
    );
    expect(CATEGORY_FILE.exec('categories/sleep.yaml')?.[1]).toBe('sleep');
    expect(CATEGORY_FILE.exec('categories/archive/skin.yaml')?.[1]).toBe('skin');
  });

  it('never takes dot-files, files in dot-folders or other extensions', () => {
    for (const file of [
      'questions/.draft.mdx',
      'questions/.trash/old.mdx',
      'questions/notes.md',
      'questions/why.mdx.bak',
      'categories/sleep.yml',
      'sleep.mdx',
    ]) {
      expect(QUESTION_FILE.test(file) || CATEGORY_FILE.test(file), file).toBe(false);
    }
  });

  describe('listQuestionFiles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lists the questions of every sub-folder, sorted, and nothing else', () => {
      for (const file of ['b.mdx', 'a/c.mdx', 'a/deeper/d.mdx', '.trash/e.mdx', 'a/.f.mdx', 'notes.txt']) {
        mkdirSync(path.dirname(path.join(dir, 'questions', file)), { recursive: true });
        writeFileSync(path.join(dir, 'questions', file), '');
      }
      expect(listQuestionFiles(dir)).toEqual(['a/c.mdx', 'a/deeper/d.mdx', 'b.mdx']);
    });
  });
});
