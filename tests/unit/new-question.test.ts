import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check/check';
import { contentSchema } from '@/lib/content-check/content-schema';
import { loadContentFiles } from '@/lib/content-check/load';
import { todayUtc } from '@/lib/content/dates';

const run = promisify(execFile);
const root = await mkdtemp(path.join(tmpdir(), 'new-question-'));
const contentDir = path.join(root, 'content');
afterAll(() => rm(root, { recursive: true, force: true }));

async function scaffold(title: string) {
  return run('npx', ['tsx', 'scripts/new-question.ts', '--dir', contentDir, title]);
}

async function check() {
  return checkContent(await loadContentFiles(contentDir), { ...contentSchema(), today: todayUtc() });
}

describe('npm run new', { timeout: 60_000 }, () => {
  it('scaffolds a draft named after the title that passes the check unchanged, and never overwrites it', async () => {
    await mkdir(path.join(contentDir, 'questions'), { recursive: true });
    await mkdir(path.join(contentDir, 'categories'));
    await writeFile(path.join(contentDir, 'categories/sleep.yaml'), 'title: Sleep\ndescription: Sleep.\n');

    await scaffold('Why do my knees crack?');
    const file = path.join(contentDir, 'questions/why-do-my-knees-crack.mdx');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('title: "Why do my knees crack?"');
    expect(text).toContain('draft: true');
    expect(text).toContain('## Why this happens');
    expect(await check()).toEqual([]);

    await writeFile(file, `${text}\nEdited by an editor.\n`);
    await expect(scaffold('Why do my knees crack?')).rejects.toMatchObject({ code: 1 });
    expect(await readFile(file, 'utf8')).toBe(`${text}\nEdited by an editor.\n`);
  });

  it('cannot be published with its template text left in', async () => {
    const file = path.join(contentDir, 'questions/why-do-my-knees-crack.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true', 'draft: false'));
    const rules = new Set((await check()).map((problem) => problem.rule));
    expect([...rules]).toEqual(['placeholder']);
  });
});
