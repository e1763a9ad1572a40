// A scratch copy of the project for benchmarks and build tests: the files git knows (tracked or not
// ignored), with node_modules hard-linked (a full copy in seconds, and real files for Turbopack).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

export async function copyProject(
  root: string,
  dir: string,
  { skip = [] }: { skip?: readonly string[] } = {},
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (skip.some((prefix) => file.startsWith(prefix))) continue;
    if (!existsSync(path.join(root, file))) continue;
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    await cp(path.join(root, file), path.join(dir, file));
  }
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
}

/** A scratch copy for builds on other content (benchmark corpora, test fixtures): no shipped questions. */
export async function prepareScratchProject(dir: string, root = process.cwd()): Promise<void> {
  await copyProject(root, dir, { skip: ['content/questions/', 'screenshots/'] });
}
