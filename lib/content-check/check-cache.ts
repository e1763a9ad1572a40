// Keeps each file's own check result (`checkFile`) between runs, keyed by the file's path and the hash
// of its text, under a fingerprint of the rules themselves: a file whose text and rules are unchanged
// is not parsed again. Only the files of the latest run are kept, so the cache never outgrows the content.
import { hashOfSource } from './load';
import type { FileCheck, FileCheckCache } from './check';
import type { SourceFile } from './parse';

export const CHECK_CACHE_VERSION = 2;

export interface StoredCheckCache {
  version: number;
  /** Hash of the rules: their code, the field definitions, the editorial data and the packages. */
  fingerprint: string;
  /** By file path: the hash of its text and its result. */
  files: Record<string, { hash: string; result: FileCheck }>;
}

export class CheckCache implements FileCheckCache {
  private readonly previous: StoredCheckCache['files'];
  private readonly next: StoredCheckCache['files'] = {};
  /** How many results came from the previous run. */
  kept = 0;

  constructor(
    private readonly fingerprint: string,
    stored?: unknown,
  ) {
    this.previous = isUsable(stored, fingerprint) ? stored.files : {};
  }

  get(file: SourceFile): FileCheck | undefined {
    // A file that is not UTF-8 text is always checked again: its text is not its bytes.
    if (file.encoding) return undefined;
    const entry = Object.hasOwn(this.previous, file.path) ? this.previous[file.path] : undefined;
    if (!isEntry(entry) || entry.hash !== this.hashOf(file)) return undefined;
    this.next[file.path] = entry;
    this.kept += 1;
    return entry.result;
  }

  set(file: SourceFile, result: FileCheck): void {
    if (!file.encoding) this.next[file.path] = { hash: this.hashOf(file), result };
  }

  private hashOf(file: SourceFile): string {
    return hashOfSource(file);
  }

  /** What to store for the next run: the files this run checked, and only those. */
  toStored(): StoredCheckCache {
    return { version: CHECK_CACHE_VERSION, fingerprint: this.fingerprint, files: this.next };
  }
}

function isUsable(stored: unknown, fingerprint: string): stored is StoredCheckCache {
  if (typeof stored !== 'object' || stored === null) return false;
  const candidate = stored as Partial<StoredCheckCache>;
  return (
    candidate.version === CHECK_CACHE_VERSION &&
    candidate.fingerprint === fingerprint &&
    typeof candidate.files === 'object' &&
    candidate.files !== null
  );
}

/** An entry as this version writes it (a damaged file is read as a miss, never trusted). */
function isEntry(entry: unknown): entry is StoredCheckCache['files'][string] {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, result } = entry as { hash?: unknown; result?: { problems?: unknown } };
  return typeof hash === 'string' && typeof result === 'object' && result !== null && Array.isArray(result.problems);
}
