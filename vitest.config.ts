import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LongTailFirstSequencer } from './tests/helpers/long-tail-first.ts';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // A root-level option: Vitest reads the sequencer from the root config, not from a project.
    sequence: { sequencer: LongTailFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/serve-built-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium and one server are shared: run browser files one at a time on 2 cores.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'ops',
          include: ['tests/ops/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own servers: one at a time on 2 cores.
          fileParallelism: false,
        },
      },
      // Builds the site (or its content) again on a fixture library (minutes, both cores): `npm test`
      // runs this project after the others, as `npm run test:fixture-site`, so it never shares the
      // machine with the browser tests.
      ...(process.env.FIXTURE_SITE === '1'
        ? [
            {
              resolve: { alias },
              test: {
                name: 'fixture-site',
                include: ['tests/fixture-site/**/*.test.ts'],
                environment: 'node',
                testTimeout: 60_000,
                hookTimeout: 1_800_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
