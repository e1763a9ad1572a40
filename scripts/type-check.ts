// The type check `next build` runs (tsconfig.build.json: the code the site ships, with Next's route
// types), as a step of its own, so that `npm run build` can run it beside the content indexes: both
// use one core, and Next ran its check alone, with the other core idle (13 s of a cold build at
// 10,000 questions). On success it records the code's fingerprint, and `next build` skips its own
// check (next.config.ts); on failure the build stops here with the errors.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { recordedTypeCheck, recordTypeCheck, typeCheckFingerprint } from '../lib/build/type-check';

const root = process.cwd();
const fingerprint = typeCheckFingerprint(root);

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [path.join(root, script), ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Type check failed (${path.basename(script)} ${args.join(' ')}): the build stops here.`);
    process.exit(result.status ?? 1);
  }
}

if (recordedTypeCheck(root) === fingerprint) {
  console.log('Type check: this exact code has already been checked; skipped.');
} else {
  const started = performance.now();
  // Next's route types (.next/types), which the pages' props are checked against, as next build writes them.
  run('node_modules/next/dist/bin/next', ['typegen']);
  run('node_modules/typescript/bin/tsc', [
    '--noEmit',
    '--project',
    'tsconfig.build.json',
    // Beside Next's own, so CI keeps it with Next's cache and a later check of changed code is incremental.
    '--tsBuildInfoFile',
    '.next/cache/tsconfig.build.tsbuildinfo',
  ]);
  recordTypeCheck(root, fingerprint);
  console.log(`Type check: passed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}
