// The Lighthouse gate (see scripts/lib/lighthouse.ts for why it uses the desktop preset): a question
// page scores at least 95 in performance, accessibility, best practices and SEO.
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../helpers/browser';
import { failingCategories, LIGHTHOUSE_MIN_SCORE, lighthouseGate } from '../../scripts/lib/lighthouse';

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';

describe('Lighthouse on a question page', () => {
  it(`scores at least ${LIGHTHOUSE_MIN_SCORE} in every category`, { timeout: 300_000 }, async () => {
    const result = await lighthouseGate(
      new URL(QUESTION, baseUrl()).toString(),
      (scores, run) => console.log(`Lighthouse run ${run}: ${JSON.stringify(scores)}`),
      undefined,
      (error) => console.log(`Lighthouse could not record a run (${error.code}); running it again`),
    );
    expect(failingCategories(result.median), `median scores ${JSON.stringify(result.median)}`).toEqual([]);
    expect(result.passed).toBe(true);
  });
});
