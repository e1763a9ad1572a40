import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check/check';
import { contentSchema } from '@/lib/content-check/content-schema';
import { loadContentFiles } from '@/lib/content-check/load';
import { todayUtc } from '@/lib/content/dates';

const EXAMPLE_PATH = 'content/questions/why-do-my-muscles-twitch-after-a-workout.mdx';

// The check now loads its parsers when it first runs, not on import: give it time on a busy machine.
describe("the editor's guide", { timeout: 30_000 }, () => {
  it('shows a complete example file that passes the check alongside the real content', async () => {
    const guide = await readFile('CONTRIBUTING.md', 'utf8');
    const example = /```mdx\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    // The example is a shorter version of a shipped question: it stands in for that file.
    const files = (await loadContentFiles('content')).map((file) =>
      file.path === EXAMPLE_PATH ? { ...file, text: `${example}\n` } : file,
    );
    expect(files.some((file) => file.text === `${example}\n`)).toBe(true);
    expect(checkContent(files, { ...contentSchema(), today: todayUtc() })).toEqual([]);
  });
});
