// The registry of clinical reviewers: the people a question's `reviewer` field may name, by id. The
// byline shows their name and credentials; the page's JSON-LD names them as `reviewedBy`.
//
// It is empty because no one has clinically reviewed a page yet. Add a person only when a real,
// qualified person has agreed to be named and has reviewed the page that names them; never invent
// one. An entry needs a public profile link where readers can confirm the credentials.
import type { Reviewer } from '@/lib/trust/reviewers';

export const REVIEWERS: readonly Reviewer[] = [];
