import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { deferJsonCaches, flushJsonCaches, readJsonCache, writeJsonCache } from '../../scripts/lib/json-cache-file';

const dir = await mkdtemp(path.join(os.tmpdir(), 'json-cache-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a build cache file read back from memory', () => {
  it('gives back what this process wrote, without parsing the file again', async () => {
    const file = path.join(dir, 'kept.json');
    const value = { files: { 'a.mdx': { hash: 'x' } } };
    await writeJsonCache(file, value);
    expect(await readJsonCache(file)).toBe(value);
  });

  it('reads the file when another process has replaced it since', async () => {
    const file = path.join(dir, 'replaced.json');
    await writeJsonCache(file, { from: 'this process' });
    // Another writer: a new file renamed into place, the same size.
    await writeFile(`${file}.other`, JSON.stringify({ from: 'that process' }));
    const { rename } = await import('node:fs/promises');
    await rename(`${file}.other`, file);
    expect(await readJsonCache(file)).toEqual({ from: 'that process' });
  });

  it('remembers a file it read until the file changes', async () => {
    const file = path.join(dir, 'read.json');
    await writeFile(file, JSON.stringify({ from: 'disk' }));
    const first = await readJsonCache(file);
    expect(first).toEqual({ from: 'disk' });
    expect(await readJsonCache(file)).toBe(first);
  });

  it('reads a file rewritten in place, whatever its size', async () => {
    const file = path.join(dir, 'in-place.json');
    await writeJsonCache(file, { n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, JSON.stringify({ n: 2 }));
    expect(await readJsonCache(file)).toEqual({ n: 2 });
  });

  it('has no value for a missing or damaged file', async () => {
    expect(await readJsonCache(path.join(dir, 'missing.json'))).toBeUndefined();
    const damaged = path.join(dir, 'damaged.json');
    await writeFile(damaged, '{"files": {');
    expect(await readJsonCache(damaged)).toBeUndefined();
  });

  it('defers the caches it is told to until quiet (npm run dev), reading them back meanwhile', async () => {
    const later = path.join(dir, 'later.json');
    const now = path.join(dir, 'now.json');
    deferJsonCaches([later], 50);
    await writeJsonCache(later, { v: 1 });
    await writeJsonCache(now, { v: 1 });
    expect(existsSync(later)).toBe(false);
    expect(existsSync(now)).toBe(true);
    expect(await readJsonCache(later)).toEqual({ v: 1 });
    await writeJsonCache(later, { v: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(readFileSync(later, 'utf8'))).toEqual({ v: 2 });
    await writeJsonCache(later, { v: 3 });
    await flushJsonCaches();
    expect(JSON.parse(readFileSync(later, 'utf8'))).toEqual({ v: 3 });
    expect(await readJsonCache(later)).toEqual({ v: 3 });
  });
});
