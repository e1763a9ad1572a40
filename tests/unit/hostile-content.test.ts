// Files as careless editors and their tools save them (tests/fixtures/content-check/hostile): every
// problem comes out as `path:line:column  field: message` with exit code 1, from the check and from
// every build step run on its own (compile, index and search index, sitemap); never a stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check/check';
import { contentSchema } from '@/lib/content-check/content-schema';
import { loadContentFiles } from '@/lib/content-check/load';
import { parseLinkTarget } from '@/lib/mdx/link-targets';
import { FIXTURE_EDITORIAL } from '../helpers/fixture-editorial';

const ROOT = process.cwd();
const HOSTILE = path.join(ROOT, 'tests/fixtures/content-check/hostile');
const VALID = path.join(ROOT, 'tests/fixtures/content-check/valid/content');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const PROBLEM_LINE = /^\S+:\d+:\d+ {2}\S[^\n]*$/;
const STACK_LINE = /^\s+at .+\(|node:internal|\.ts:\d+:\d+\)?$/m;

const scratch = mkdtempSync(path.join(tmpdir(), 'hostile-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder whose content/ is the valid fixture library plus the given hostile files. */
function libraryWith(name: string, files: string[]): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  cpSync(VALID, path.join(dir, 'content'), { recursive: true });
  for (const file of files) {
    const to = file.endsWith('.yaml') ? 'categories' : 'questions';
    cpSync(path.join(HOSTILE, file), path.join(dir, 'content', to, file));
  }
  return dir;
}

async function check(dir: string) {
  return checkContent(await loadContentFiles('content', dir), {
    ...contentSchema(),
    today: '2026-12-01',
    editorial: FIXTURE_EDITORIAL,
  });
}

function run(dir: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PWD: dir } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const broken = readdirSync(HOSTILE).filter((file) => file !== 'crlf-line-endings.mdx');

describe('hostile content files', () => {
  const expected: Record<string, { field: string; line: number; message: RegExp }> = {
    'bom.mdx': { field: 'file', line: 1, message: /byte-order mark/ },
    'latin-1.mdx': { field: 'file', line: 3, message: /not UTF-8/ },
    'empty-category.yaml': { field: 'file', line: 1, message: /empty: a category needs title and description/ },
    'duplicate-keys.mdx': { field: 'yaml', line: 4, message: /keys must be unique/ },
    'impossible-date.mdx': { field: 'published', line: 9, message: /must be a date.*2026-13-45/ },
    'number-for-text.mdx': { field: 'title', line: 2, message: /must be text, not number 42/ },
    'unquoted-colon.mdx': { field: 'yaml', line: 3, message: /YAML/ },
    'mis-indented-list.mdx': { field: 'yaml', line: 18, message: /YAML/ },
  };

  it('has a fixture and an expectation for every case', () => {
    expect(broken.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(broken)('%s: the check names the file, field, line and column', async (file) => {
    const problems = await check(libraryWith(`check-${file}`, [file]));
    expect(problems.length).toBeGreaterThan(0);
    const { field, line, message } = expected[file]!;
    expect(problems[0]).toMatchObject({ field, line });
    expect(problems[0]!.file).toMatch(new RegExp(`${file.replace('.', '\\.')}$`));
    expect(problems[0]!.message).toMatch(message);
  });

  it('CRLF line endings are ordinary text: checked like any file, values without stray \\r', async () => {
    expect(await check(libraryWith('crlf', ['crlf-line-endings.mdx']))).toEqual([]);
    const target = parseLinkTarget(
      'crlf-line-endings.mdx',
      readFileSync(path.join(HOSTILE, 'crlf-line-endings.mdx'), 'utf8'),
    );
    expect(target?.title).toBe('Crlf line endings?');
  });

  it('never stop the link targets the compiler reads: a broken file just links nowhere', () => {
    for (const file of broken.filter((name) => name.endsWith('.mdx'))) {
      expect(() => parseLinkTarget(file, readFileSync(path.join(HOSTILE, file), 'utf8')), file).not.toThrow();
    }
  });

  it('stop `npm run check` with one line per problem and exit code 1', { timeout: 120_000 }, () => {
    const dir = libraryWith('cli-check', broken);
    const { status, output } = run(dir, TSX, [path.join(ROOT, 'scripts/check-content.ts')]);
    expect(status).toBe(1);
    expect(output).not.toMatch(STACK_LINE);
    const lines = output.trim().split('\n');
    for (const file of broken)
      expect(output).toContain(`content/${file.endsWith('.yaml') ? 'categories' : 'questions'}/${file}:`);
    expect(lines.slice(0, -1).every((line) => PROBLEM_LINE.test(line))).toBe(true);
  });

  it('stop the compile step on its own the same way, before contentlayer runs', { timeout: 120_000 }, () => {
    const dir = libraryWith('cli-compile', broken);
    const { status, output } = run(dir, TSX, [path.join(ROOT, 'scripts/build-content.ts')]);
    expect(status).toBe(1);
    expect(output).not.toMatch(STACK_LINE);
    for (const file of broken) expect(output).toContain(`/${file}:`);
    expect(output).not.toContain('Generated');
  });

  it(
    'stop the index, search index and sitemap steps with one line when their input is missing',
    { timeout: 120_000 },
    () => {
      const dir = libraryWith('cli-later-steps', []);
      const index = run(dir, TSX, [path.join(ROOT, 'scripts/build-content-index.ts')]);
      expect(index.status).toBe(1);
      expect(index.output).toMatch(/^Content index failed: .*generated/m);
      expect(index.output).not.toMatch(STACK_LINE);
      const sitemap = run(dir, path.join(ROOT, 'node_modules/.bin/next-sitemap'), [
        '--config',
        path.join(ROOT, 'next-sitemap.config.cjs'),
      ]);
      expect(sitemap.status).toBe(1);
      expect(sitemap.output).toMatch(/Sitemap: cannot read \.content\/index\.json .* run `npm run content` first/);
      expect(sitemap.output).not.toMatch(STACK_LINE);
    },
  );
});
