// The content build's contentlayer workers (scripts/lib/contentlayer-workers.ts): one process builds
// shard after shard, a shard that fails reports contentlayer's own error, and the next build still
// works (the failed worker is replaced).
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentlayerWorkers } from '../../scripts/lib/contentlayer-workers';

const config = `import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
const Note = defineDocumentType(() => ({
  name: 'Note',
  filePathPattern: '**/*.mdx',
  contentType: 'mdx',
  fields: { title: { type: 'string', required: true } },
}));
export default makeSource({ contentDirPath: 'content', documentTypes: [Note], onMissingOrIncompatibleData: 'fail' });
`;

let root: string;
const workers = new ContentlayerWorkers();

/** A folder contentlayer can build: this project's packages, a one-type config and `notes` (name → source). */
async function shard(name: string, notes: Record<string, string>, withConfig = true): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
  if (withConfig) await writeFile(path.join(dir, 'contentlayer.config.js'), config);
  for (const [file, source] of Object.entries(notes)) await writeFile(path.join(dir, 'content', file), source);
  return dir;
}

async function generatedNotes(dir: string): Promise<string[]> {
  const files = await readdir(path.join(dir, '.contentlayer/generated/Note'));
  return files.filter((file) => !file.startsWith('_index')).sort();
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'contentlayer-workers-'));
});

afterAll(async () => {
  await workers.close();
  await rm(root, { recursive: true, force: true });
});

describe('contentlayer workers', () => {
  it('build shard after shard in the same process', { timeout: 60_000 }, async () => {
    const first = await workers.build([
      await shard('one', { 'a.mdx': '---\ntitle: A\n---\n\nBody A.\n' }),
      await shard('two', { 'b.mdx': '---\ntitle: B\n---\n\nBody B.\n', 'c.mdx': '---\ntitle: C\n---\n\nBody C.\n' }),
    ]);
    expect(first.code, first.output).toBe(0);
    const second = await workers.build([await shard('three', { 'd.mdx': '---\ntitle: D\n---\n\nBody D.\n' })]);
    expect(second.code, second.output).toBe(0);
    expect(second.pid).toBe(first.pid);
    expect(await generatedNotes(path.join(root, 'one'))).toEqual(['a.mdx.json']);
    expect(await generatedNotes(path.join(root, 'two'))).toEqual(['b.mdx.json', 'c.mdx.json']);
    expect(await generatedNotes(path.join(root, 'three'))).toEqual(['d.mdx.json']);
  });

  it('report a failed shard in contentlayer’s words, then build the next one', { timeout: 60_000 }, async () => {
    const failed = await workers.build([await shard('broken', { 'x.mdx': '---\ntitle: X\n---\n\nBody.\n' }, false)]);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/config/i);
    const next = await workers.build([await shard('after', { 'e.mdx': '---\ntitle: E\n---\n\nBody E.\n' })]);
    expect(next.code, next.output).toBe(0);
    expect(next.pid).not.toBe(failed.pid);
    expect(await generatedNotes(path.join(root, 'after'))).toEqual(['e.mdx.json']);
  });

  it('replace a worker after its share of shards, whose memory creeps up with each', { timeout: 60_000 }, async () => {
    const twoPerWorker = new ContentlayerWorkers({ shardsPerWorker: 2 });
    try {
      const note = (name: string) => shard(`limit-${name}`, { [`${name}.mdx`]: `---\ntitle: ${name}\n---\n\nBody.\n` });
      const first = await twoPerWorker.build([await note('h')]);
      const second = await twoPerWorker.build([await note('i')]);
      const third = await twoPerWorker.build([await note('j'), await note('k'), await note('l')]);
      expect([first.code, second.code, third.code]).toEqual([0, 0, 0]);
      expect(second.pid).toBe(first.pid);
      expect(third.pid).not.toBe(first.pid);
      for (const name of ['h', 'i', 'j', 'k', 'l'])
        expect(await generatedNotes(path.join(root, `limit-${name}`))).toEqual([`${name}.mdx.json`]);
    } finally {
      await twoPerWorker.close();
    }
  });

  it(
    'keep a worker while its heap is small, however many shards (the dev watcher), and replace it once its heap passes its share',
    { timeout: 60_000 },
    async () => {
      const byHeap = new ContentlayerWorkers({ shardsPerWorker: Number.POSITIVE_INFINITY, heapShareLimit: 0.9 });
      try {
        const note = (name: string) =>
          shard(`heap-${name}`, { [`${name}.mdx`]: `---\ntitle: ${name}\n---\n\nBody.\n` });
        const pids: (number | undefined)[] = [];
        for (let i = 0; i < 3; i++) pids.push((await byHeap.build([await note(`n${i}`)])).pid);
        expect(new Set(pids).size).toBe(1);
        // Any heap is more than 0.1 % of 512 MB.
        byHeap.retireAfter({ heapShareLimit: 0.001 });
        const last = await byHeap.build([await note('last')]);
        const next = await byHeap.build([await note('next')]);
        expect([last.code, next.code]).toEqual([0, 0]);
        expect(last.pid).toBe(pids[0]);
        expect(next.pid).not.toBe(last.pid);
      } finally {
        await byHeap.close();
      }
    },
  );

  it(
    'stop a build in progress when told to (a failed content check), and build again after',
    { timeout: 60_000 },
    async () => {
      const dir = await shard('stopped', { 'f.mdx': '---\ntitle: F\n---\n\nBody F.\n' });
      const building = workers.build([dir]);
      await workers.stop();
      const stopped = await building;
      expect(stopped.code).not.toBe(0);
      const next = await workers.build([await shard('restarted', { 'g.mdx': '---\ntitle: G\n---\n\nBody G.\n' })]);
      expect(next.code, next.output).toBe(0);
      expect(next.pid).not.toBe(stopped.pid);
    },
  );
});
