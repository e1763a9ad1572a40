// Whether a module is the script node was asked to run (`tsx scripts/x.ts`), rather than imported by
// another (a test, the dev watcher, a benchmark), so a script's module can also export its work.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `moduleUrl` is the module's import.meta.url. */
export function isScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  // Real paths on both sides: a project reached through a symbolic link must still run its scripts.
  const real = (file: string) => (existsSync(file) ? realpathSync(file) : file);
  return real(path.resolve(script)) === real(fileURLToPath(moduleUrl));
}
