// Reads every file under a content directory for the check (dot-files aside), in a stable order.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './parse';

/** `contentDir` is relative to `root`; problems name files by their path from `root`. */
export async function loadContentFiles(contentDir: string, root = process.cwd()): Promise<SourceFile[]> {
  const absolute = path.resolve(root, contentDir);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(absolute, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((contentPath) => !contentPath.split('/').some((part) => part.startsWith('.')))
    .sort();
  return Promise.all(
    files.map(async (contentPath) => ({
      path: path.posix.join(contentDir.split(path.sep).join('/'), contentPath),
      contentPath,
      text: await readFile(path.join(absolute, contentPath), 'utf8'),
    })),
  );
}
