// The check's cache: a file whose text and rules are unchanged keeps its own result from the previous
// run, and the result is the one a check without the cache gives, problems across files included.
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '@/lib/content-check/check';
import { CheckCache } from '@/lib/content-check/check-cache';
import { contentSchema } from '@/lib/content-check/content-schema';
import { loadContentFiles } from '@/lib/content-check/load';
import type { SourceFile } from '@/lib/content-check/parse';
import { FIXTURE_EDITORIAL } from '../helpers/fixture-editorial';

const BROKEN = 'tests/fixtures/content-check/broken/content';
const VALID = 'tests/fixtures/content-check/valid/content';
const options: CheckOptions = { ...contentSchema(), today: '2026-06-01', editorial: FIXTURE_EDITORIAL };

/** Checks `files` with a cache made from `stored` (what the previous run kept); returns both. */
function checkWith(files: readonly SourceFile[], stored?: unknown, fingerprint = 'rules-1', today = options.today) {
  const cache = new CheckCache(fingerprint, stored);
  const problems = checkContent(files, { ...options, today }, cache);
  // Through JSON, as the build stores it.
  return { problems, kept: cache.kept, stored: JSON.parse(JSON.stringify(cache.toStored())) as unknown };
}

function edit(files: readonly SourceFile[], name: string, change: (text: string) => string): SourceFile[] {
  const found = files.some((file) => file.contentPath === name);
  if (!found) throw new Error(`no ${name}`);
  return files.map((file) => (file.contentPath === name ? { ...file, text: change(file.text) } : file));
}

describe('the content check with its cache', () => {
  it('gives every problem a check without it gives, on a second run without parsing a file again', async () => {
    const files = await loadContentFiles(BROKEN);
    const uncached = checkContent(files, options);
    expect(uncached.length).toBeGreaterThan(40);
    const first = checkWith(files);
    expect(first).toMatchObject({ problems: uncached, kept: 0 });
    const second = checkWith(files, first.stored);
    expect(second.problems).toEqual(uncached);
    // The one file that is not UTF-8 text is checked every time.
    expect(second.kept).toBe(files.filter((file) => !file.encoding).length);
  });

  it('checks an edited file again and keeps the others', async () => {
    const files = await loadContentFiles(VALID);
    const { stored } = checkWith(files);
    const edited = edit(files, 'questions/should-i-nap-during-the-day.mdx', (text) =>
      text.replace(/^published: .*$/m, 'published: 2026-03-01'),
    );
    const second = checkWith(edited, stored);
    expect(second.kept).toBe(files.length - 1);
    expect(second.problems).toEqual(checkContent(edited, options));
    expect(second.problems.map((problem) => problem.rule)).toEqual(['date-order']);
  });

  it('finds a broken link in a kept file when the question it links to changes', async () => {
    const files = await loadContentFiles(VALID);
    const { stored } = checkWith(files);
    // The linked question goes back to being a draft: a published page may not link to it.
    const edited = edit(files, 'questions/should-i-nap-during-the-day.mdx', (text) =>
      text.replace(/^title: .*$/m, (title) => `${title}\ndraft: true`),
    );
    const second = checkWith(edited, stored);
    expect(second.kept).toBe(files.length - 1);
    expect(second.problems).toEqual(checkContent(edited, options));
    expect(second.problems.filter((problem) => problem.rule === 'internal-link').map((p) => p.file)).toContain(
      `${VALID}/questions/why-can-i-not-sleep.mdx`,
    );
  });

  it('judges publication dates against the day of the run, not the day a result was kept', async () => {
    const files = await loadContentFiles(VALID);
    const { stored } = checkWith(files, undefined, 'rules-1', '2026-06-01');
    const yesterday = checkWith(files, stored, 'rules-1', '2025-12-31');
    expect(yesterday.kept).toBe(files.length);
    const questions = files.filter((file) => file.contentPath.startsWith('questions/'));
    expect(yesterday.problems.filter((problem) => problem.rule === 'future-date').map((p) => p.file)).toEqual(
      questions.map((file) => file.path),
    );
  });

  it('checks everything again when the rules change, or when what was kept is damaged', async () => {
    const files = await loadContentFiles(VALID);
    const { stored } = checkWith(files);
    expect(checkWith(files, stored, 'rules-2').kept).toBe(0);
    for (const damaged of [null, 'text', { version: 1, fingerprint: 'rules-1', files: null }]) {
      expect(checkWith(files, damaged).kept).toBe(0);
    }
    const entries = (stored as { files: Record<string, unknown> }).files;
    const [first] = Object.keys(entries);
    const broken = { ...(stored as object), files: { ...entries, [first]: { hash: 'x', result: 'not a result' } } };
    const run = checkWith(files, broken);
    expect(run.problems).toEqual(checkContent(files, options));
    expect(run.kept).toBe(files.length - 1);
  });

  it('keeps only the files of the latest run', async () => {
    const files = await loadContentFiles(VALID);
    const { stored } = checkWith(files);
    const fewer = files.filter((file) => !file.contentPath.startsWith('questions/why-do-i'));
    const next = checkWith(fewer, stored).stored as { files: Record<string, unknown> };
    expect(Object.keys(next.files).sort()).toEqual(fewer.map((file) => file.path).sort());
  });
});
