// The dev watcher hears every save, however the editor writes the file: in place, a new file renamed
// over it, deleted and written again, several at once, a new file, a deletion, a new sub-folder.
// Each way is followed by the others on the same file, since raw fs.watch (Node 20) lost a file for
// good once it had been replaced by a rename.
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FSWatcher } from 'chokidar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEditorScratchFile, watchFiles } from '../../scripts/lib/watch-files';

const SETTLE_MS = 50;
let dir = '';
let watcher: FSWatcher;
let settled = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'watch-files-'));
  mkdirSync(path.join(dir, 'questions'));
  for (const name of ['a', 'b', 'c']) writeFileSync(path.join(dir, 'questions', `${name}.mdx`), name);
  watcher = await watchFiles(dir, { settleMs: SETTLE_MS, onSettled: () => (settled += 1) });
});

afterAll(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a save and waits until the watcher has called back once for it (bounded). */
async function heard(save: () => void): Promise<void> {
  const before = settled;
  save();
  const started = Date.now();
  while (settled === before && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(settled, 'the watcher called back').toBeGreaterThan(before);
  // Let the settle window close, so the next save is a separate one.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 3));
}

const file = (name: string) => path.join(dir, 'questions', name);
const inPlace = (name: string) => () => writeFileSync(file(name), `in place ${Math.random()}`);
const renamedOver = (name: string) => () => {
  const temporary = path.join(path.dirname(file(name)), `.${path.basename(name)}.tmp`);
  writeFileSync(temporary, `renamed ${Math.random()}`);
  renameSync(temporary, file(name));
};
const sedInPlace = (name: string) => () => {
  // sed -i writes a visible temporary file beside the original, then renames it over.
  writeFileSync(file('sedAbC123'), `sed ${Math.random()}`);
  renameSync(file('sedAbC123'), file(name));
};
const recreated = (name: string) => () => {
  unlinkSync(file(name));
  writeFileSync(file(name), `recreated ${Math.random()}`);
};
const vimSave = (name: string) => () => {
  renameSync(file(name), file(`${name}~`));
  writeFileSync(file(name), `vim ${Math.random()}`);
  unlinkSync(file(`${name}~`));
};

describe('watchFiles', () => {
  it('hears one file saved again and again, each time in another way', async () => {
    for (const save of [inPlace, renamedOver, inPlace, sedInPlace, inPlace, recreated, inPlace, vimSave, renamedOver])
      await heard(save('a.mdx'));
  });

  it('hears several files saved at once, as one change', async () => {
    await heard(() => {
      inPlace('a.mdx')();
      renamedOver('b.mdx')();
      recreated('c.mdx')();
    });
  });

  it('hears a new file, a new sub-folder, a file in it saved by a rename, and deletions', async () => {
    await heard(() => writeFileSync(file('d.mdx'), 'new'));
    await heard(() => {
      mkdirSync(file('sub'));
      writeFileSync(file('sub/e.mdx'), 'new in a sub-folder');
    });
    await heard(renamedOver('sub/e.mdx'));
    await heard(inPlace('sub/e.mdx'));
    await heard(() => unlinkSync(file('d.mdx')));
    await heard(() => rm(file('sub'), { recursive: true }));
    await heard(inPlace('a.mdx'));
  });

  it("ignores editors' scratch files", () => {
    expect(['.a.mdx.swp', 'a.mdx~', '4913', '.#a.mdx', 'x.swp'].filter(isEditorScratchFile)).toHaveLength(5);
    expect(isEditorScratchFile('questions/a.mdx')).toBe(false);
  });
});
