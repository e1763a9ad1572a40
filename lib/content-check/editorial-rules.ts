// The editorial rules of issue 13 for one question: its sources follow the source policy
// (data/trusted-publishers.ts), its "when to get help" lists are not empty, and its reviewer is a
// person in the registry (data/reviewers.ts), named with the date of the review.
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

/** True when the question has a `whenToGetHelp` with at least one sign; reports one with none. */
export function checkWhenToGetHelp(data: Record<string, unknown>, at: Locate, report: Report): boolean {
  if (data.whenToGetHelp === undefined || data.whenToGetHelp === null) return false;
  const help = asRecord(data.whenToGetHelp);
  const signs = asList(help.urgent).length + asList(help.soon).length;
  if (signs === 0) {
    report(
      'when-to-get-help',
      at('whenToGetHelp'),
      'whenToGetHelp',
      'lists no warning sign; add the signs that need 999 or A&E under "urgent" and those that need a GP or NHS 111 under "soon", or remove the field',
    );
  }
  return signs > 0;
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
  return `"${category}" is a symptoms category (symptoms: true in its file), so this question needs whenToGetHelp: the warning signs that need 999 or A&E ("urgent") and those that need a GP or NHS 111 ("soon")`;
}
