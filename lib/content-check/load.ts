// Reads every file under a content directory for the check (dot-files aside), in a stable order, and
// content files one at a time for the compile; a file unchanged since this process last read it is
// not read again.
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParseProblem, SourceFile } from './parse';
import { hashText } from '../build/content-cache';

const BOM = [0xef, 0xbb, 0xbf];

/** Line and column of a byte offset, counting the valid UTF-8 before it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}

/** Why these bytes are not the plain UTF-8 text a content file must be, or undefined when they are. */
export function encodingProblem(bytes: Uint8Array): ParseProblem | undefined {
  if (BOM.every((byte, i) => bytes[i] === byte)) {
    return {
      line: 1,
      column: 1,
      message: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM',
    };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Rarer malformations (overlong forms, surrogates) are reported at the start of the file.
    const offset = firstInvalidUtf8(bytes) ?? 0;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ...positionOf(bytes, offset),
      message: `the file is not UTF-8 text (byte 0x${byte} here): save it as UTF-8`,
    };
  }
}

/** A content file as read: its text, why its bytes are not plain UTF-8 text (if so), and the hash of its text. */
export interface ContentFileRead {
  text: string;
  encoding?: ParseProblem;
  hash: string;
}

/**
 * Files as this process last read them, by absolute path, with the inode, size and times they had:
 * npm run dev's watcher reads every content file after each save, for the check and again for the
 * compile, and at 10,000 questions reading, decoding and hashing them all took about 1 s of a save.
 * So the watcher holds every content file's text (about 9 KB a question), and next dev does once the
 * browser editor has saved (its check before a save reads the library too). Only files still listed by
 * `loadContentFiles` are kept, and none larger than KEPT_FILE_BYTES (a file that size is no question).
 */
const reads = new Map<string, ContentFileRead & { stamp: string }>();
const KEPT_FILE_BYTES = 1024 * 1024;

/** Reads a content file, or gives back what it held when this process last read it, if it has not changed since. */
export function readContentFile(file: string): ContentFileRead {
  const stats = statSync(file);
  const stamp = `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
  const kept = reads.get(file);
  if (kept?.stamp === stamp) return kept;
  const bytes = readFileSync(file);
  const encoding = encodingProblem(bytes);
  const text = bytes.toString('utf8');
  const read = { stamp, text, hash: hashText(text), ...(encoding ? { encoding } : {}) };
  if (stats.size <= KEPT_FILE_BYTES) reads.set(file, read);
  else reads.delete(file);
  return read;
}

/** `contentDir` is relative to `root`; problems name files by their path from `root`. */
export async function loadContentFiles(contentDir: string, root = process.cwd()): Promise<SourceFile[]> {
  const absolute = path.resolve(root, contentDir);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(absolute, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((contentPath) => !contentPath.split('/').some((part) => part.startsWith('.')))
    .sort();
  const listed = new Set(files.map((contentPath) => path.join(absolute, contentPath)));
  for (const file of reads.keys()) if (file.startsWith(absolute + path.sep) && !listed.has(file)) reads.delete(file);
  // Read one after another: for 10,000 small files readFileSync took 0.27 s here, fs/promises 2.0 s.
  return files.map((contentPath) => {
    const { text, encoding, hash } = readContentFile(path.join(absolute, contentPath));
    const file: SourceFile = {
      path: path.posix.join(contentDir.split(path.sep).join('/'), contentPath),
      contentPath,
      text,
      ...(encoding ? { encoding } : {}),
    };
    hashes.set(file, hash);
    return file;
  });
}

/**
 * The hash of each file's text as read, by the file object `loadContentFiles` returned: a copy with
 * other text (`{ ...file, text }`) is another object, never given the old hash.
 */
const hashes = new WeakMap<SourceFile, string>();

/** `hashText(file.text)`, without hashing again a text `loadContentFiles` read and hashed already. */
export function hashOfSource(file: SourceFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = hashText(file.text);
    hashes.set(file, hash);
  }
  return hash;
}
