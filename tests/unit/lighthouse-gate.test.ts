// The Lighthouse gate's decision: a majority of up to three runs, and a run Lighthouse could not
// record (NO_NAVSTART and the like: it says nothing about the page) run again, a bounded number of times.
import { describe, expect, it } from 'vitest';
import {
  decideGate,
  LIGHTHOUSE_RERUNS,
  LighthouseRuntimeError,
  type LighthouseScores,
} from '../../scripts/lib/lighthouse';

const good: LighthouseScores = { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 };
const slow: LighthouseScores = { ...good, performance: 80 };
const notRecorded = () => new LighthouseRuntimeError('NO_NAVSTART', 'Something went wrong with recording the trace');

/** A Lighthouse stand-in that gives these outcomes in turn and counts its runs. */
function outcomes(...results: (LighthouseScores | Error)[]) {
  const runner = async () => {
    runner.calls += 1;
    const next = results.shift();
    if (!next) throw new Error('ran more often than expected');
    if (next instanceof Error) throw next;
    return next;
  };
  runner.calls = 0;
  return runner;
}

describe('the Lighthouse gate', () => {
  it('passes on two good runs without a third', async () => {
    const run = outcomes(good, good);
    const result = await decideGate(run);
    expect(result.passed).toBe(true);
    expect(run.calls).toBe(2);
  });

  it('fails when two of three runs score below the minimum', async () => {
    const result = await decideGate(outcomes(slow, good, slow));
    expect(result.passed).toBe(false);
    expect(result.median.performance).toBe(80);
  });

  it('runs again a run Lighthouse could not record, and counts only recorded runs', async () => {
    const reruns: string[] = [];
    const run = outcomes(notRecorded(), good, notRecorded(), good);
    const result = await decideGate(run, undefined, (error) => reruns.push(error.code));
    expect(result).toMatchObject({ passed: true, runs: [good, good] });
    expect(reruns).toEqual(['NO_NAVSTART', 'NO_NAVSTART']);
  });

  it(`gives up after ${LIGHTHOUSE_RERUNS} runs that could not be recorded`, async () => {
    const failures = Array.from({ length: LIGHTHOUSE_RERUNS + 1 }, notRecorded);
    await expect(decideGate(outcomes(...failures))).rejects.toThrow(/NO_NAVSTART/);
  });

  it('does not run again after any other error', async () => {
    const run = outcomes(new Error('lighthouse exited with code 2'), good, good);
    await expect(decideGate(run)).rejects.toThrow(/code 2/);
    expect(run.calls).toBe(1);
  });
});
