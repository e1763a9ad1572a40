// Calls back once a folder has been quiet for a moment after any change to a file in it, however the
// file was written: in place, a new file renamed over it (sed -i, vim, "safe write" editors),
// deleted and written again, several at once, added or removed. chokidar watches the folder by
// path, not by inode: raw fs.watch (Node 20's recursive watcher) kept watching the replaced file's
// old inode, so a file saved by a rename was never heard again.
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';

/** Editors' swap, backup and temporary files (dotfiles, `name~`, `.swp`, vim's `4913` probe) are not content. */
export function isEditorScratchFile(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || name === '4913';
}

export interface WatchFilesOptions {
  /** How long the folder must stay quiet before `onSettled` runs (several files saved at once, a file written twice). */
  settleMs: number;
  onSettled: () => void;
}

/** Starts watching `dir`; resolves once the watcher is ready (changes from then on are heard). */
export async function watchFiles(dir: string, { settleMs, onSettled }: WatchFilesOptions): Promise<FSWatcher> {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, {
    ignoreInitial: true,
    // The root itself must never be ignored, whatever its name.
    ignored: (file) => file !== dir && isEditorScratchFile(file),
    // A file deleted and written again within 100 ms is reported as one change.
    atomic: true,
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, settleMs);
  });
  watcher.on('error', (error) => console.error(`Watching ${dir}: ${String(error)}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return watcher;
}
