// Vitest global setup for browser tests: serves the production build (`npm run build` first) on a free port.
import type { TestProject } from 'vitest/node';
import { startBuiltSite } from './start-built-site';

export { freePort, waitForServer } from './start-built-site';

export default async function setup(project: TestProject) {
  const site = await startBuiltSite();
  project.provide('baseUrl', site.baseUrl);
  return site.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
