// A build cache kept as one JSON file, read back from memory when this process read or wrote it last
// and the file is still as it was then (same inode, size and time). `npm run dev`'s watcher writes its
// caches after every save and reads them at the next: at 10,000 questions they are 41 MB of JSON (the
// check's, the compile's and the index step's), parsed again on every save before this. Another
// process's write (a build beside dev) changes the file's inode and is read from disk. A value read
// here may be the very object written: callers treat it as read-only.
//
// The watcher also defers writing the caches it names until it has been quiet for a moment, so a save
// is published before they are serialised (in a profile of five saves at 10,000, serialising the
// caches took 4.5 s). A deferred cache not yet written when dev stops only makes the next start
// slower: each entry is keyed by what it was made from.
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { writeWhole } from './write-whole';

/** Each cache as this process last read or wrote it, with the file's stamp then. */
const known = new Map<string, { stamp: string; value: unknown }>();
/** Values of deferred caches not written yet, by absolute path. */
const pending = new Map<string, unknown>();
const deferred = new Set<string>();
let quietMs = 0;
let timer: NodeJS.Timeout | undefined;

const stampOf = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/** The cache's value, or undefined when there is none or it is not JSON (a cache is never trusted to exist). */
export async function readJsonCache(file: string): Promise<unknown> {
  const key = path.resolve(file);
  if (pending.has(key)) return pending.get(key);
  const stats = await stat(key).catch(() => undefined);
  if (!stats) return undefined;
  const kept = known.get(key);
  if (kept?.stamp === stampOf(stats)) return kept.value;
  known.delete(key);
  try {
    const value = JSON.parse(await readFile(key, 'utf8')) as unknown;
    known.set(key, { stamp: stampOf(stats), value });
    return value;
  } catch {
    return undefined;
  }
}

async function writeNow(key: string, value: unknown): Promise<void> {
  known.delete(key);
  await writeWhole(key, JSON.stringify(value));
  known.set(key, { stamp: stampOf(await stat(key)), value });
}

/**
 * Replaces the cache file whole (scripts/lib/write-whole.ts) and remembers `value` for the next read;
 * for a deferred cache, only remembers it, and writes it once no cache was written for a while.
 */
export async function writeJsonCache(file: string, value: unknown): Promise<void> {
  const key = path.resolve(file);
  if (!deferred.has(key)) return writeNow(key, value);
  pending.set(key, value);
  clearTimeout(timer);
  timer = setTimeout(() => void flushJsonCaches(), quietMs);
}

/** From now on, `files` are written once no cache was written for `ms` (npm run dev's watcher). */
export function deferJsonCaches(files: readonly string[], ms: number): void {
  for (const file of files) deferred.add(path.resolve(file));
  quietMs = ms;
}

/** Writes every deferred cache not written yet. */
export async function flushJsonCaches(): Promise<void> {
  clearTimeout(timer);
  for (const [key, value] of [...pending]) {
    await writeNow(key, value);
    // A newer value set meanwhile stays pending.
    if (pending.get(key) === value) pending.delete(key);
  }
}
