import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeShardOutputs, updateGeneratedInPlace } from '@/lib/build/shard-merge';
import { planShards } from '@/lib/build/shards';

const files = (n: number) => Array.from({ length: n }, (_, i) => `q-${String(i).padStart(5, '0')}.mdx`);

describe('planShards', () => {
  it('keeps every file exactly once, in contiguous sorted shards', () => {
    const shards = planShards(files(10).reverse(), 4);
    expect(shards.flat()).toEqual(files(10));
    expect(shards.every((shard) => shard.length <= 4)).toBe(true);
  });
  it('balances shards instead of leaving a tiny last one', () => {
    expect(planShards(files(2001), 2000).map((shard) => shard.length)).toEqual([1001, 1000]);
  });
  it('makes one shard when everything fits, none for no files', () => {
    expect(planShards(files(3), 10)).toHaveLength(1);
    expect(planShards([], 10)).toEqual([]);
  });
  it('refuses a shard size that is not a positive integer', () => {
    expect(() => planShards(files(3), 0)).toThrow(/positive integer/);
  });
});

describe('mergeShardOutputs', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'shard-merge-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function shard(name: string, docs: Record<string, object>): Promise<string> {
    const dir = path.join(root, name, '.contentlayer/generated');
    await mkdir(path.join(dir, 'Question'), { recursive: true });
    await mkdir(path.join(dir, 'Category'), { recursive: true });
    await writeFile(path.join(dir, 'Category/_index.json'), '[{"slug":"sleep"}]');
    await writeFile(path.join(dir, 'Question/_index.json'), '["only this shard"]');
    for (const [file, doc] of Object.entries(docs)) {
      await writeFile(path.join(dir, 'Question', file), JSON.stringify(doc));
    }
    return dir;
  }

  it("gathers every shard's questions in one folder, indexed together (a cold build)", async () => {
    const shards = [
      await shard('0', { 'questions__a.mdx.json': { slug: 'a' }, 'questions__c.mdx.json': { slug: 'c' } }),
      await shard('1', { 'questions__b.mdx.json': { slug: 'b' }, 'questions__d.mdx.json': { slug: 'd' } }),
    ];
    const generated = path.join(root, 'project/.contentlayer/generated.next');
    await mergeShardOutputs(shards, generated);

    expect((await readdir(path.join(generated, 'Question'))).sort()).toEqual([
      '_index.mjs',
      'questions__a.mdx.json',
      'questions__b.mdx.json',
      'questions__c.mdx.json',
      'questions__d.mdx.json',
    ]);
    const mjs = await readFile(path.join(generated, 'Question/_index.mjs'), 'utf8');
    expect(mjs).toContain("import doc1 from './questions__b.mdx.json' with { type: 'json' }");
    expect(mjs).toContain('export const allQuestions = [doc0, doc1, doc2, doc3]');
    expect(await readFile(path.join(generated, 'Category/_index.json'), 'utf8')).toBe('[{"slug":"sleep"}]');
  });

  it('replaces what an earlier merge left in the folder', async () => {
    const generated = path.join(root, 'project/.contentlayer/generated.next');
    await mkdir(path.join(generated, 'Question'), { recursive: true });
    await writeFile(path.join(generated, 'Question/questions__gone.mdx.json'), '{"slug":"gone"}');
    await mergeShardOutputs([await shard('0', { 'questions__a.mdx.json': { slug: 'a' } })], generated);
    expect((await readdir(path.join(generated, 'Question'))).sort()).toEqual(['_index.mjs', 'questions__a.mdx.json']);
  });

  /** An index as a previous build left it. */
  const writeQuestionIndexOf = (dir: string) => writeFile(path.join(dir, '_index.mjs'), '// previous');

  it('brings the previous folder up to date where it is, leaving the kept documents untouched', async () => {
    const generated = path.join(root, 'project/.contentlayer/generated');
    const questions = path.join(generated, 'Question');
    await mkdir(questions, { recursive: true });
    await mkdir(path.join(generated, 'Category'), { recursive: true });
    await writeFile(path.join(generated, 'Category/_index.json'), '[{"slug":"old"}]');
    await writeFile(path.join(generated, 'Category/categories__old.yaml.json'), '{"slug":"old"}');
    for (const slug of ['kept', 'edited', 'deleted'])
      await writeFile(path.join(questions, `questions__${slug}.mdx.json`), `{"slug":"${slug}","v":1}`);
    await writeQuestionIndexOf(questions);
    const keptBefore = await stat(path.join(questions, 'questions__kept.mdx.json'));

    const shards = [
      await shard('0', { 'questions__edited.mdx.json': { slug: 'edited', v: 2 } }),
      await shard('1', { 'questions__new.mdx.json': { slug: 'new', v: 1 } }),
    ];
    await updateGeneratedInPlace(shards, generated, [path.join(questions, 'questions__kept.mdx.json')]);

    expect((await readdir(questions)).sort()).toEqual([
      '_index.mjs',
      'questions__edited.mdx.json',
      'questions__kept.mdx.json',
      'questions__new.mdx.json',
    ]);
    expect(JSON.parse(await readFile(path.join(questions, 'questions__edited.mdx.json'), 'utf8'))).toEqual({
      slug: 'edited',
      v: 2,
    });
    // The same file, never moved or rewritten.
    const keptAfter = await stat(path.join(questions, 'questions__kept.mdx.json'));
    expect([keptAfter.ino, keptAfter.mtimeMs]).toEqual([keptBefore.ino, keptBefore.mtimeMs]);
    expect(await readdir(path.join(generated, 'Category'))).toEqual(['_index.json']);
    expect(await readFile(path.join(generated, 'Category/_index.json'), 'utf8')).toBe('[{"slug":"sleep"}]');
    const mjs = await readFile(path.join(questions, '_index.mjs'), 'utf8');
    expect(mjs).toContain('export const allQuestions = [doc0, doc1, doc2]');
    expect(mjs).not.toContain('deleted');
  });
});
