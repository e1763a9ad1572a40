// The editorial data the check fixtures are written against: the shipped list of trusted publishers,
// and a registry with one fictional reviewer (the shipped registry names no one).
import { shippedEditorialData } from '@/lib/content-check/editorial-rules';
import { reviewerRegistry } from '@/lib/trust/reviewers';

export const FIXTURE_EDITORIAL = {
  ...shippedEditorialData(),
  reviewers: reviewerRegistry([
    {
      id: 'fixture-reviewer',
      name: 'Fixture Reviewer',
      credentials: 'MBBS (fixture)',
      profileUrl: 'https://reviewers.example/fixture-reviewer',
    },
  ]),
};
