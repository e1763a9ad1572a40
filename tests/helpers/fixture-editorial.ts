// The editorial data the check fixtures are written against: the shipped list of trusted publishers,
// and a registry with one fictional reviewer (the shipped registry names no one).
import { shippedEditorialData } from '@/lib/content-check/editorial-rules';
import { reviewerRegistry, type Reviewer } from '@/lib/trust/reviewers';

/** A fictional reviewer: the fixtures name them, the shipped registry never does. */
export const FIXTURE_REVIEWER: Reviewer = {
  id: 'fixture-reviewer',
  name: 'Fixture Reviewer',
  credentials: 'MBBS (fixture)',
  profileUrl: 'https://reviewers.example/fixture-reviewer',
};

export const FIXTURE_EDITORIAL = {
  ...shippedEditorialData(),
  reviewers: reviewerRegistry([FIXTURE_REVIEWER]),
};
