// The one list of what the build writes (lib/build/outputs.ts): `npm run clean` removes all of it and
// nothing else, every cache lies in it, and CI keeps exactly the folders it marks.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as outputs from '@/lib/build/outputs';
import { CONTENT_INDEX_PATH, GENERATED_DIR, SEARCH_INDEX_PATH } from '@/lib/content/paths';
import { cleanBuildOutputs } from '../../scripts/clean';

const { BUILD_OUTPUTS } = outputs;
const root = mkdtempSync(path.join(os.tmpdir(), 'build-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const within = (file: string) =>
  BUILD_OUTPUTS.some((output) => file === output.path || file.startsWith(`${output.path}/`));

describe('the list of build outputs', () => {
  it('holds every cache and every file the site reads from the build', () => {
    const paths = Object.values(outputs).flatMap((value) => (typeof value === 'string' ? [value] : []));
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const file of [...paths, GENERATED_DIR, CONTENT_INDEX_PATH, SEARCH_INDEX_PATH])
      expect(within(file), file).toBe(true);
  });

  it('is what CI keeps between runs, no more, no less', () => {
    const flow = parse(readFileSync('.github/workflows/pull-request.yml', 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; with?: { path?: string } }[] }>;
    };
    const cached = Object.values(flow.jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/cache@'))
      .flatMap((step) => (step.with?.path ?? '').split('\n').map((line) => line.trim()))
      .filter(Boolean);
    expect(cached.sort()).toEqual(
      BUILD_OUTPUTS.filter((output) => output.keptByCi)
        .map((output) => output.path)
        .sort(),
    );
  });
});

describe('npm run clean', () => {
  it('removes every build output and leaves content and source alone', async () => {
    const files = [
      outputs.CHECK_CACHE_PATH,
      outputs.COMPILE_MANIFEST_PATH,
      outputs.INDEX_CACHE_PATH,
      outputs.TYPE_CHECK_RECORD_PATH,
      `${outputs.SHARDS_DIR}/0/contentlayer.config.ts`,
      `${GENERATED_DIR}/Question/a.mdx.json`,
      CONTENT_INDEX_PATH,
      '.next/server/app/index.html',
      'content/questions/a.mdx',
      'app/page.tsx',
      '.env',
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'x');
    }
    const removed = await cleanBuildOutputs(root);
    expect(removed).toContain('.contentlayer');
    for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(!within(file));
    expect(await cleanBuildOutputs(root)).toEqual([]);
  });
});
