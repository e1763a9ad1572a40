// A scratch copy of this project for builds on other content (benchmark corpora, test fixtures): the
// tracked and unignored files, with node_modules hard-linked (a full copy in seconds, and Turbopack
// sees real files inside the project root) and without the shipped questions.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

export async function prepareScratchProject(dir: string, root = process.cwd()): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (file.startsWith('content/questions/') || file.startsWith('screenshots/')) continue;
    if (!existsSync(path.join(root, file))) continue;
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    await cp(path.join(root, file), path.join(dir, file));
  }
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
}
