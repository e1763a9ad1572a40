// Vitest global setup for browser tests: serves the production build (`npm run build` first) on a free
// port, as `npm start` does: runtime/start.mjs in front of the standalone server.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startBuiltSite } from '../../scripts/lib/built-site';

export default async function setup(project: TestProject) {
  // Every run starts from what the build produced: forget pages an earlier run rendered on demand
  // (Next keeps runtime ISR renders in .next/server/route-cache of the folder it serves, apart from
  // prerendered pages).
  rmSync('.next/standalone/.next/server/route-cache', { recursive: true, force: true });
  // The request log (a line per request) would bury the test report; warnings and errors still show.
  const site = await startBuiltSite({ readyPath: '/api/health', env: { LOG_LEVEL: 'warn' } });
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
