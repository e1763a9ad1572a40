// Questions in sub-folders of content/questions are questions for every step: the content build
// compiles them whether it runs in one piece or in shards (here with a tiny CONTENT_SHARD_SIZE), and
// the index lists them, exactly as the check and link targets accept them. `npm run test:fixture-site`.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { CONTENT_INDEX_PATH, GENERATED_DIR, GENERATED_QUESTION_DIR } from '@/lib/content/paths';
import { prepareFixtureLibrary } from '../helpers/fixture-library';
const NESTED = 'how-long-should-a-nap-be';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sharded-content-'));
  await prepareFixtureLibrary(dir);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run content` from cold in the scratch project and returns what it generated and indexed. */
async function buildContent(shardSize: number) {
  // From cold each time: a warm build would keep every question from the previous one and compile none.
  for (const output of [path.dirname(GENERATED_DIR), path.dirname(CONTENT_INDEX_PATH)])
    await rm(path.join(dir, output), { recursive: true, force: true });
  const run = spawnSync('npm', ['run', '-s', 'content'], {
    cwd: dir,
    env: { ...process.env, CONTENT_SHARD_SIZE: String(shardSize) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const documents = (await readdir(path.join(dir, GENERATED_QUESTION_DIR)))
    .filter((file) => !file.startsWith('_index'))
    .sort();
  const index = JSON.parse(await readFile(path.join(dir, CONTENT_INDEX_PATH), 'utf8')) as ContentIndex;
  return { output: run.stdout, documents, slugs: index.questions.map((question) => question.slug).sort() };
}

describe('questions in sub-folders', () => {
  it('are compiled and indexed alike by the whole build and by a sharded one', { timeout: 600_000 }, async () => {
    const whole = await buildContent(1500);
    const sharded = await buildContent(2);
    expect(sharded.output).toMatch(/in \d+ shards/);
    expect(whole.slugs).toContain(NESTED);
    expect(sharded.documents).toEqual(whole.documents);
    expect(sharded.slugs).toEqual(whole.slugs);
  });
});
