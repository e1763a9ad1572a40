// npm run clean: removes everything the build wrote (lib/build/outputs.ts), so the next build starts
// cold. For a cache suspected of being wrong, or to measure a cold build. Content and source are never
// touched; a folder not there is skipped.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_OUTPUTS } from '../lib/build/outputs';
import { isScript } from './lib/is-script';

/** Removes every build output under `root`; returns the ones that were there. */
export async function cleanBuildOutputs(root: string): Promise<string[]> {
  const removed: string[] = [];
  for (const { path: output } of BUILD_OUTPUTS) {
    const target = path.join(root, output);
    if (!existsSync(target)) continue;
    await rm(target, { recursive: true, force: true, maxRetries: 3 });
    removed.push(output);
  }
  return removed;
}

if (isScript(import.meta.url)) {
  const removed = await cleanBuildOutputs(process.cwd());
  console.log(removed.length > 0 ? `Removed ${removed.join(', ')}` : 'Nothing to remove: no build output here');
}
