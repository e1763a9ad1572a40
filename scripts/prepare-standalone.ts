// Runs at the end of `npm run build`: completes .next/standalone as Next's self-hosting guide says, by
// copying the static assets it does not trace (public/ and .next/static), so `npm start` and the
// Docker image can serve the site from that folder alone.
import { cp, rm, stat } from 'node:fs/promises';

const STANDALONE = '.next/standalone';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

if (!(await exists(`${STANDALONE}/server.js`))) {
  console.error(`${STANDALONE}/server.js is missing: is output: 'standalone' set in next.config.ts?`);
  process.exit(1);
}
for (const [from, to] of [
  ['public', `${STANDALONE}/public`],
  ['.next/static', `${STANDALONE}/.next/static`],
]) {
  if (!(await exists(from))) continue;
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}
console.log(`Standalone server ready: ${STANDALONE}/server.js`);
