// `next build`, with its type check skipped when the code was already type-checked exactly as it is
// now (scripts/lib/type-check-fingerprint.ts): by scripts/type-check.ts, which `npm run build` runs
// beside the content indexes, or by the previous successful build. An edited question changes no
// type. The fingerprint is taken before the build starts and recorded only after it succeeds, so a
// file saved during a build is checked by the next one. The record lives in .next/cache, which Next
// keeps between builds and CI restores with it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { recordedTypeCheck, recordTypeCheck, typeCheckFingerprint } from './lib/type-check-fingerprint';
import { TYPES_CHECKED_ENV } from '../lib/build/type-check';

const root = process.cwd();
const fingerprint = typeCheckFingerprint(root);
const checkedBefore = recordedTypeCheck(root) === fingerprint;
if (checkedBefore) console.log('Type check: this exact code has already been checked; next build skips it.');

const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, [TYPES_CHECKED_ENV]: checkedBefore ? '1' : '' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
if (!checkedBefore) recordTypeCheck(root, fingerprint);
