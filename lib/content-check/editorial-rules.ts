// The editorial rules for one question: its sources follow the source policy
// (data/trusted-publishers.ts), and its reviewer is a person in the registry (data/reviewers.ts), named
// with the date of the review. The "when to get help" rules are in triage-rules.ts.
import { TRUSTED_PUBLISHERS } from '../../data/trusted-publishers';
import { REVIEWERS } from '../../data/reviewers';
import { reviewerRegistry, unknownReviewerMessage, type ReviewerRegistry } from '../trust/reviewers';
import { checkSourcePolicy, compileSourcePolicy, type SourcePolicy } from '../trust/source-policy';
import { asDay, asList, asRecord, type Locate } from './frontmatter-values';
import type { Report } from './problems';

export interface EditorialData {
  /** The trusted publishers, indexed by domain. */
  sourcePolicy: SourcePolicy;
  /** The people a question's `reviewer` may name. */
  reviewers: ReviewerRegistry;
}

/** The shipped list of trusted publishers and the shipped reviewer registry. */
export function shippedEditorialData(): EditorialData {
  return { sourcePolicy: compileSourcePolicy(TRUSTED_PUBLISHERS), reviewers: reviewerRegistry(REVIEWERS) };
}

export function checkSourcePolicies(
  data: Record<string, unknown>,
  sourcePolicy: SourcePolicy,
  at: Locate,
  report: Report,
): void {
  const updated = asDay(data.updated);
  asList(data.sources)
    .map(asRecord)
    .forEach((source, index) => {
      for (const problem of checkSourcePolicy(source, sourcePolicy, { updated })) {
        report(
          problem.rule,
          at('sources', index, problem.field),
          `sources[${index}].${problem.field}`,
          problem.message,
        );
      }
    });
}

export function checkReviewer(
  data: Record<string, unknown>,
  reviewers: ReviewerRegistry,
  at: Locate,
  report: Report,
): void {
  if (typeof data.reviewer !== 'string') return;
  if (!reviewers.has(data.reviewer)) {
    report('unknown-reviewer', at('reviewer'), 'reviewer', unknownReviewerMessage(data.reviewer, reviewers));
  } else if (data.reviewed === undefined || data.reviewed === null) {
    report(
      'review-date',
      at('reviewer'),
      'reviewer',
      `names a reviewer without the date of the review; add "reviewed: YYYY-MM-DD" (the day ${data.reviewer} reviewed this page)`,
    );
  }
}

/** The message for a question in a symptoms category that says nothing about when to get help. */
export function missingHelpMessage(category: string): string {
  return `"${category}" is a symptoms category (symptoms: true in its file), so this question needs whenToGetHelp: a box for each action (call-999, 999-or-ae, urgent-gp-or-111, gp-or-111…) with the warning signs that need it`;
}

/** The message for a question in a symptoms category with no urgent box and no reason for none. */
export function missingUrgentMessage(category: string): string {
  return `"${category}" is a symptoms category, and this question has no box for 999, A&E or an urgent appointment: add one with the signs that need it, or say in noUrgentSigns why there are none`;
}
