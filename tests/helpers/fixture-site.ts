// Builds the site on a small fixture library in a scratch copy of the project, for ops tests that need
// content the shipped library does not have (non-ASCII addresses, sub-folders, a named reviewer, …).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareFixtureLibrary } from './fixture-library';

export interface FixtureSite {
  dir: string;
  remove: () => Promise<void>;
}

export async function buildFixtureSite(env: Record<string, string> = {}): Promise<FixtureSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fixture-site-'));
  await prepareFixtureLibrary(dir);
  const build = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PRERENDER_LIMIT: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    throw new Error(`Fixture site build failed in ${dir}:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
