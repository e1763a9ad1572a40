// The scripts editors run (check, new, report, list): `--help` prints the usage, a wrong option is
// one line and exit code 2 (never a stack trace), and an option npm kept for itself is caught
// before `npm run new` writes a file with the wrong title.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCommandLine, type Command } from '../../scripts/lib/command-line';

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const STACK_LINE = /^\s+at .+\(|node:internal|\.ts:\d+:\d+\)?$/m;
const scratch = mkdtempSync(path.join(tmpdir(), 'editor-scripts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment without what an outer `npm run` left in it. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('npm_config_') && !(name in extra)) delete env[name];
  return env;
}

function run(script: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanEnv(extra),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NEW: Command<{ category: { type: 'string' }; dir: { type: 'string'; default: string } }> = {
  name: 'new',
  summary: 'Writes a new question.',
  usage: '"Why do my knees crack?" [--category sleep]',
  options: { category: { type: 'string' }, dir: { type: 'string', default: 'content' } },
  optionHelp: { category: 'the category slug' },
  allowPositionals: true,
};

describe('reading a command line', () => {
  it('returns the values and words of a good one', () => {
    expect(readCommandLine(NEW, ['Why do my knees crack?', '--category', 'sleep'])).toEqual({
      kind: 'run',
      values: { category: 'sleep', dir: 'content' },
      positionals: ['Why do my knees crack?'],
    });
  });

  it('names an unknown option in one line and says where the options are listed', () => {
    expect(readCommandLine(NEW, ['--categroy', 'sleep', 'Why?'])).toEqual({
      kind: 'error',
      message: `Unknown option '--categroy'; run "npm run new -- --help" for the options`,
    });
  });

  it('catches an option npm took for itself, whatever its value', () => {
    for (const value of ['true', 'sleep', '']) {
      const line = readCommandLine(NEW, ['Why do my knees crack?', 'sleep'], { npm_config_category: value });
      expect(line).toMatchObject({ kind: 'error', message: expect.stringMatching(/^npm took --category for itself/) });
    }
  });

  it('lists every option with its help and default under --help', () => {
    const line = readCommandLine(NEW, ['--help']);
    expect(line.kind).toBe('help');
    const text = line.kind === 'help' ? line.text : '';
    expect(text.split('\n')[0]).toBe('npm run new -- "Why do my knees crack?" [--category sleep]');
    expect(text).toMatch(/--category <category> +the category slug$/m);
    expect(text).toMatch(/--dir <dir> +\(default: content\)$/m);
    expect(text).toMatch(/--help +print this help$/m);
  });
});

describe('the scripts editors run', { timeout: 120_000 }, () => {
  it.each([
    ['check-content.ts', 'npm run check -- [--format text|github]', '--format <format>'],
    ['new-question.ts', 'npm run new -- "Why do my knees crack?" [--category fitness-and-exercise]', '--category'],
    ['report.ts', 'npm run report -- [--format text|github] [--today YYYY-MM-DD]', '--source-years'],
    ['list.ts', 'npm run list -- tags|slugs|aliases|categories|publishers|reviewers', '--dir'],
    ['check-links.ts', 'npm run links -- [--format text|github] [--markdown dead-links.md]', '--timeout'],
  ])('%s --help prints its usage and options, and exits 0', (script, usage, option) => {
    const { status, stdout, stderr } = run(script, ['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe(usage);
    expect(stdout).toContain(option);
  });

  it.each([
    ['check-content.ts', 'check'],
    ['new-question.ts', 'new'],
    ['report.ts', 'report'],
    ['list.ts', 'list'],
    ['check-links.ts', 'links'],
  ])('%s with an unknown option prints one line and exits 2', (script, name) => {
    const { status, stdout, stderr } = run(script, ['--bogus']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr.trim().split('\n')).toEqual([
      `npm run ${name}: Unknown option '--bogus'; run "npm run ${name} -- --help" for the options`,
    ]);
  });

  it('`npm run new "…" --category sleep` without "--" writes nothing and says how to write it', () => {
    const dir = path.join(scratch, 'eaten');
    cpSync(path.join(ROOT, 'tests/fixtures/content-check/valid/content'), dir, { recursive: true });
    const before = readdirSync(path.join(dir, 'questions'));
    // What npm hands the script: the flag kept as npm_config_category, its value left among the words.
    const eaten = run('new-question.ts', ['--dir', dir, 'Why do I sneeze?', 'sleep'], { npm_config_category: 'true' });
    expect(eaten.status).toBe(2);
    expect(eaten.stderr.trim()).toBe(
      'npm run new: npm took --category for itself, so it never reached the script: put "--" before the arguments, as in npm run new -- "Why do my knees crack?" [--category fitness-and-exercise]',
    );
    // Run without npm, the same words still end in a category: the title would have been "Why do I sneeze? sleep".
    const trailing = run('new-question.ts', ['--dir', dir, 'Why do I sneeze?', 'sleep']);
    expect(trailing.status).toBe(2);
    expect(trailing.stderr).toContain('"sleep" is a category, not part of the title');
    expect(readdirSync(path.join(dir, 'questions'))).toEqual(before);
  });

  it('`npm run new` warns when a question already asks the same thing, and names it', () => {
    const dir = path.join(scratch, 'near');
    cpSync(path.join(ROOT, 'tests/fixtures/content-check/valid/content'), dir, { recursive: true });
    const { status, stderr } = run('new-question.ts', ['--dir', dir, 'Why do I keep getting a headache?']);
    expect(status).toBe(0);
    expect(existsSync(path.join(dir, 'questions/why-do-i-keep-getting-a-headache.mdx'))).toBe(true);
    expect(stderr).toMatch(/^Warning: ".+" \(.+\.mdx\) may ask the same question; if it does, improve that page/m);
  });

  it("`npm run new` refuses a title that is already another question's alias", () => {
    const dir = path.join(scratch, 'alias');
    cpSync(path.join(ROOT, 'tests/fixtures/content-check/valid/content'), dir, { recursive: true });
    const { status, stderr } = run('new-question.ts', ['--dir', dir, 'Sleeplessness?']);
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(/^npm run new: "Sleeplessness\?" is an alias of .*why-can-i-not-sleep\.mdx/);
    expect(existsSync(path.join(dir, 'questions/sleeplessness.mdx'))).toBe(false);
  });

  it('`npm run list -- tags` lists each tag once with its count; a misspelt list is one line with a suggestion', () => {
    const dir = 'tests/fixtures/content-check/valid/content';
    const tags = run('list.ts', ['--dir', dir, 'tags']);
    expect(tags.status).toBe(0);
    expect(
      tags.stdout
        .trim()
        .split('\n')
        .every((line) => /^\S.* {2}\(\d+\)$/.test(line)),
    ).toBe(true);
    const wrong = run('list.ts', ['--dir', dir, 'tgas']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      'npm run list: unknown list "tgas" (did you mean "tags"?): npm run list -- tags|slugs|aliases|categories|publishers|reviewers',
    );
  });
});
