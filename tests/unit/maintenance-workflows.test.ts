// The two scheduled workflows are valid YAML that GitHub would run: on a weekly schedule, with only
// the permissions they need, running the project's own commands; and the script they share keeps
// ONE issue per label (tried with a stand-in `gh` that records what it is asked).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const ROOT = process.cwd();
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

function workflow(name: string): { steps: Step[]; flow: Workflow } {
  const flow = parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8'), { strict: true }) as Workflow;
  const jobs = Object.values(flow.jobs);
  expect(jobs).toHaveLength(1);
  return { flow, steps: jobs[0]!.steps };
}

const runs = (steps: Step[]) => steps.flatMap((step) => (step.run ? [step.run] : []));

describe.each([
  ['review-report.yml', '0 6 * * 1', 'npm run -s report -- --format github > review-report.md', 'review-report'],
  [
    'source-links.yml',
    '0 6 * * 3',
    'npm run -s links -- --format github --markdown dead-links.md',
    'dead-source-links',
  ],
])('%s', (file, cron, command, label) => {
  const { flow, steps } = workflow(file);

  it(`runs weekly (${cron}) and by hand`, () => {
    expect(flow.on.schedule).toEqual([{ cron }]);
    expect('workflow_dispatch' in flow.on).toBe(true);
  });

  it('may read the code and write issues, nothing else', () => {
    expect(flow.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('installs with the lockfile and runs the project command, which package.json defines', () => {
    expect(runs(steps)).toContain('npm ci --no-audit --no-fund');
    expect(runs(steps).some((run) => run.split('\n').includes(command))).toBe(true);
    const script = / run -s (\w+) /.exec(command)![1]!;
    expect(scripts[script]).toMatch(/^tsx scripts\/[\w-]+\.ts$/);
  });

  it('keeps one issue, by its label, with the token of the run', () => {
    const upsert = steps.find((step) => step.run?.includes('scripts/ci/upsert-issue.sh'));
    expect(upsert?.run).toContain(`scripts/ci/upsert-issue.sh ${label} `);
    expect(upsert?.env?.GH_TOKEN).toBe('${{ github.token }}');
  });

  it('uses the same actions and Node (.nvmrc) as the pull-request workflow', () => {
    const pullRequest = workflow('pull-request.yml').steps;
    const actions = (list: Step[]) => list.flatMap((step) => (step.uses?.startsWith('actions/') ? [step.uses] : []));
    expect(actions(steps)).toEqual(actions(pullRequest).filter((uses) => !uses.startsWith('actions/cache')));
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toEqual({
      'node-version-file': '.nvmrc',
      cache: 'npm',
    });
  });
});

describe('scripts/ci/upsert-issue.sh with a stand-in gh', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'upsert-issue-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const body = path.join(dir, 'body.md');

  /** Runs the script with a `gh` that answers `issue list` with OPEN_ISSUE and logs every call. */
  function upsert(openIssue: string, text: string, env: Record<string, string> = {}) {
    const log = path.join(dir, `calls-${Math.random()}`);
    writeFileSync(
      path.join(dir, 'gh'),
      `#!/usr/bin/env bash\necho "$*" >> "${log}"\nif [[ "$1 $2" == "issue list" ]]; then echo "${openIssue}"; fi\n`,
    );
    chmodSync(path.join(dir, 'gh'), 0o755);
    writeFileSync(body, text);
    const result = spawnSync('bash', ['scripts/ci/upsert-issue.sh', 'review-report', 'Pages due for review', body], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env, PATH: `${dir}:${process.env.PATH}` },
    });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(log, 'utf8').trim().split('\n');
  }

  it('opens the issue, labelled, when none is open', () => {
    const calls = upsert('', '## Pages due for review\n\n3 of 41 due.\n');
    expect(calls[1]).toBe(
      'issue list --state open --label review-report --limit 1 --json number --jq .[0].number // empty',
    );
    expect(calls[2]).toBe(`issue create --title Pages due for review --label review-report --body-file ${body}`);
  });

  it('updates the open one instead of opening another', () => {
    const calls = upsert('17', '## Pages due for review\n\n2 of 41 due.\n');
    expect(calls.at(-1)).toBe(`issue edit 17 --title Pages due for review --body-file ${body}`);
    expect(calls.some((call) => call.startsWith('issue create'))).toBe(false);
  });

  it('closes it when there is nothing left to report, if asked to', () => {
    const calls = upsert('17', '## Dead source links\n\nNo dead source links: all 80 answer.\n', {
      CLOSE_WHEN_EMPTY: '1',
      EMPTY_MARKER: 'No dead source links',
    });
    expect(calls.at(-1)).toBe(
      'issue close 17 --comment Nothing to report any more: No dead source links: all 80 answer.',
    );
  });
});
