// Writes a file whole, then renames it into place: a reader (next dev reading the indexes while the
// watcher rewrites them, another run at the same time) sees the old file or the new one, never a cut
// or half-written one.
import { rename, writeFile } from 'node:fs/promises';

export async function writeWhole(file: string, data: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
