// A private copy of the standalone build (.next/standalone) for ops tests that write to a site's cache
// or break its content: each copy has its own file-system cache, so tests never see each other's
// renders and never touch the build other tests serve. node_modules is linked, not copied.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { START_SCRIPT, startBuiltSite } from '../../scripts/lib/built-site';
import type { Started } from './ops-processes';

const STANDALONE = '.next/standalone';

export interface SiteCopy {
  dir: string;
  remove: () => Promise<void>;
}

export async function copyStandalone(): Promise<SiteCopy> {
  if (!existsSync(path.join(STANDALONE, START_SCRIPT))) throw new Error('Run `npm run build` before the ops tests.');
  const dir = await mkdtemp(path.join(tmpdir(), 'standalone-copy-'));
  for (const name of await readdir(STANDALONE)) {
    const from = path.resolve(STANDALONE, name);
    if (name === 'node_modules') await symlink(from, path.join(dir, name));
    else await cp(from, path.join(dir, name), { recursive: true, verbatimSymlinks: true });
  }
  // Start from what the build produced, without pages an earlier run rendered on demand (Next keeps
  // runtime ISR renders in .next/server/route-cache; bench:serve, for one, fills it).
  await rm(path.join(dir, '.next/server/route-cache'), { recursive: true, force: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts a standalone server (a copy, or a build's .next/standalone) on a free port bound to 127.0.0.1. */
export async function startStandalone(dir: string, env: Record<string, string> = {}): Promise<Started> {
  const site = await startBuiltSite({
    standaloneDir: dir,
    env: { REDIS_URL: '', ...env },
    output: 'collect',
    readyPath: '/api/health',
  });
  return { child: site.child, port: site.port, url: site.baseUrl, output: site.output };
}
