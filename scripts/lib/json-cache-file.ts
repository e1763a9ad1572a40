// A build cache kept as one JSON file, read back from memory when this process wrote it last and the
// file is still as it left it (same inode, size and time). `npm run dev`'s watcher writes its caches
// after every save and reads them at the next: at 10,000 questions they are 41 MB of JSON (the
// check's, the compile's and the index step's), parsed again on every save before this. Another
// process's write (a build beside dev) changes the file's inode and is read from disk. A value read
// here may be the very object written: callers treat it as read-only.
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { writeWhole } from './write-whole';

const written = new Map<string, { stamp: string; value: unknown }>();

const stampOf = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/** The cache's value, or undefined when there is none or it is not JSON (a cache is never trusted to exist). */
export async function readJsonCache(file: string): Promise<unknown> {
  const key = path.resolve(file);
  const stats = await stat(key).catch(() => undefined);
  if (!stats) return undefined;
  const kept = written.get(key);
  if (kept?.stamp === stampOf(stats)) return kept.value;
  written.delete(key);
  try {
    return JSON.parse(await readFile(key, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Replaces the cache file whole (scripts/lib/write-whole.ts) and remembers `value` for the next read. */
export async function writeJsonCache(file: string, value: unknown): Promise<void> {
  const key = path.resolve(file);
  written.delete(key);
  await writeWhole(key, JSON.stringify(value));
  written.set(key, { stamp: stampOf(await stat(key)), value });
}
