// `next build`, with its type check skipped when the previous successful build checked exactly the
// same code (scripts/lib/type-check-fingerprint.ts): an edited question changes no type, and the check
// took 8-9 s of a 40 s warm build at 10,000 questions. The fingerprint is taken before the build
// starts and recorded only after it succeeds, so a file saved during a build is checked by the next
// one. The record lives in .next/cache, which Next keeps between builds and CI restores with it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { typeCheckFingerprint } from './lib/type-check-fingerprint';
import { TYPES_CHECKED_ENV } from '../lib/build/type-check';

const root = process.cwd();
const RECORD = path.join(root, '.next/cache/type-check.json');

function recordedFingerprint(): string | undefined {
  try {
    return (JSON.parse(readFileSync(RECORD, 'utf8')) as { fingerprint?: string }).fingerprint;
  } catch {
    return undefined;
  }
}

const fingerprint = typeCheckFingerprint(root);
const checkedBefore = recordedFingerprint() === fingerprint;
if (checkedBefore)
  console.log('Type check: the code is unchanged since the last successful build checked it; skipped.');

const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, [TYPES_CHECKED_ENV]: checkedBefore ? '1' : '' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
if (!checkedBefore) {
  mkdirSync(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, JSON.stringify({ fingerprint }));
}
