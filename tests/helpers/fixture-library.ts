// A scratch copy of the project whose content is the fixture library rather than the shipped one: the
// valid content-check fixture plus tests/fixtures/site/content (non-ASCII tags, a category and a
// question address with non-ASCII letters, a sub-folder), with the fixtures' fictional reviewer in
// the scratch copy's registry (the shipped registry names no one).
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareScratchProject } from '../../scripts/lib/scratch-project';
import { FIXTURE_REVIEWER } from './fixture-editorial';

const LIBRARIES = ['tests/fixtures/content-check/valid/content', 'tests/fixtures/site/content'];

export async function prepareFixtureLibrary(dir: string): Promise<void> {
  await prepareScratchProject(dir);
  await rm(path.join(dir, 'content'), { recursive: true, force: true });
  for (const library of LIBRARIES) await cp(library, path.join(dir, 'content'), { recursive: true });
  await writeFile(
    path.join(dir, 'data/reviewers.ts'),
    [
      "import type { Reviewer } from '@/lib/trust/reviewers';",
      '',
      `export const REVIEWERS: readonly Reviewer[] = [${JSON.stringify(FIXTURE_REVIEWER)}];`,
      '',
    ].join('\n'),
  );
}
