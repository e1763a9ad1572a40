// Files and bytes under a folder: how big a site's cache on disk has grown (bench:serve, ops tests).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DiskUse {
  files: number;
  bytes: number;
}

/** Files and bytes under a folder (the copy's `.next`, where Next's file-system cache writes). */
export async function diskUse(dir: string): Promise<DiskUse> {
  const use: DiskUse = { files: 0, bytes: 0 };
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        use.files += 1;
        use.bytes += (await stat(full)).size;
      }
    }
  };
  await walk(dir);
  return use;
}
