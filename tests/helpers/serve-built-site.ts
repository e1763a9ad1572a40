// Vitest global setup for browser tests: serves the production build (`npm run build` first) on a free port.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startBuiltSite } from '../../scripts/lib/built-site';

export default async function setup(project: TestProject) {
  // Every run starts from what the build produced: forget pages an earlier run rendered on demand
  // (Next keeps runtime ISR renders in .next/server/route-cache, apart from prerendered pages).
  rmSync('.next/server/route-cache', { recursive: true, force: true });
  const site = await startBuiltSite();
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
