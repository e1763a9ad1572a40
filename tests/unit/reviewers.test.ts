import { describe, expect, it } from 'vitest';
import { REVIEWERS } from '@/data/reviewers';
import {
  findReviewer,
  registryProblems,
  reviewerRegistry,
  unknownReviewerMessage,
  type Reviewer,
} from '@/lib/trust/reviewers';

// A fictional fixture: the shipped registry names no one, because no one has reviewed a page.
const FIXTURE: Reviewer = {
  id: 'fixture-reviewer',
  name: 'Fixture Reviewer',
  credentials: 'MBBS (fixture)',
  profileUrl: 'https://reviewers.example/fixture-reviewer',
};

describe('the reviewer registry', () => {
  it('ships empty: no page may claim a clinical review that did not happen', () => {
    expect(REVIEWERS).toEqual([]);
  });

  it('finds a reviewer by id, and no one for an unknown or missing id', () => {
    const registry = reviewerRegistry([FIXTURE]);
    expect(findReviewer(registry, 'fixture-reviewer')).toBe(FIXTURE);
    expect(findReviewer(registry, 'someone-else')).toBeUndefined();
    expect(findReviewer(registry, undefined)).toBeUndefined();
  });

  it('refuses a registry with a duplicate or malformed id, missing credentials or no https profile', () => {
    const problems = registryProblems([
      FIXTURE,
      { ...FIXTURE },
      { ...FIXTURE, id: 'Dr Who', credentials: ' ' },
      { ...FIXTURE, id: 'plain-http', profileUrl: 'http://reviewers.example/x' },
    ]);
    expect(problems).toEqual([
      'data/reviewers.ts: reviewer 2 ("fixture-reviewer"): id is used twice',
      'data/reviewers.ts: reviewer 3 ("Dr Who"): id must be lower-case words joined by hyphens',
      'data/reviewers.ts: reviewer 3 ("Dr Who"): credentials are empty',
      'data/reviewers.ts: reviewer 4 ("plain-http"): profileUrl must be an https:// address of a public profile',
    ]);
    expect(() => reviewerRegistry([FIXTURE, FIXTURE])).toThrow(/id is used twice/);
  });

  it('tells an editor how to fix an unknown reviewer', () => {
    expect(unknownReviewerMessage('dr-x', reviewerRegistry([]))).toBe(
      '"dr-x" is not a reviewer in data/reviewers.ts (it lists no one yet); name a listed reviewer by id, or add the person there (name, credentials, profile link) once they have reviewed the page',
    );
    expect(unknownReviewerMessage('dr-x', reviewerRegistry([FIXTURE]))).toContain('(reviewers: fixture-reviewer)');
  });
});
