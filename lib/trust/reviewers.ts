// Clinical reviewers as data: the registry's shape, its own rules, and the look-up a page makes from
// a question's `reviewer` id. The registry itself lives in data/reviewers.ts.
import { didYouMean } from '../content/suggest';

export interface Reviewer {
  /** What a question's `reviewer` field writes: lower-case words joined by hyphens. */
  id: string;
  name: string;
  /** Qualifications and registration as readers should see them, e.g. "MBBS, MRCGP". */
  credentials: string;
  /** A public page that confirms who they are and what they are qualified in. */
  profileUrl: string;
}

export const REVIEWERS_FILE = 'data/reviewers.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ReviewerRegistry = ReadonlyMap<string, Reviewer>;

/** Problems in the registry itself; a page must not be built on a registry that has any. */
export function registryProblems(reviewers: readonly Reviewer[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  reviewers.forEach((reviewer, index) => {
    const at = `${REVIEWERS_FILE}: reviewer ${index + 1} ("${reviewer.id}")`;
    if (!ID.test(reviewer.id)) problems.push(`${at}: id must be lower-case words joined by hyphens`);
    if (seen.has(reviewer.id)) problems.push(`${at}: id is used twice`);
    seen.add(reviewer.id);
    if (!reviewer.name.trim()) problems.push(`${at}: name is empty`);
    if (!reviewer.credentials.trim()) problems.push(`${at}: credentials are empty`);
    if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(reviewer.profileUrl))
      problems.push(`${at}: profileUrl must be an https:// address of a public profile`);
  });
  return problems;
}

/** The registry by id, once its own rules pass. */
export function reviewerRegistry(reviewers: readonly Reviewer[]): ReviewerRegistry {
  const problems = registryProblems(reviewers);
  if (problems.length > 0) throw new Error(`The reviewer registry has problems:\n${problems.join('\n')}`);
  return new Map(reviewers.map((reviewer) => [reviewer.id, reviewer]));
}

export function findReviewer(registry: ReviewerRegistry, id: string | undefined): Reviewer | undefined {
  return id === undefined ? undefined : registry.get(id);
}

/** The check's message for a `reviewer` that names no one in the registry. */
export function unknownReviewerMessage(id: string, registry: ReviewerRegistry): string {
  const known = [...registry.keys()];
  return `"${id}" is not a reviewer in ${REVIEWERS_FILE}${didYouMean(id, known)} (${
    known.length > 0 ? `reviewers: ${known.join(', ')}` : 'it lists no one yet'
  }); name a listed reviewer by id, or add the person there (name, credentials, profile link) once they have reviewed the page`;
}
