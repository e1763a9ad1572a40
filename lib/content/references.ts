// The rules for what a question points at: its category, its curated `related` slugs. The content
// check and the index build both ask these, so an editor sees the same message from either.
// (`[[links]]` resolve through lib/content/internal-links.ts: resolveLink and describeUnresolved.)
import { didYouMean } from './suggest';

/** Why `category` is not a category, or undefined when it is one. */
export function unknownCategoryProblem(category: string, categories: ReadonlySet<string>): string | undefined {
  if (categories.has(category)) return undefined;
  return `"${category}" is not a category${didYouMean(category, categories)}; use one of: ${[...categories].sort().join(', ')}`;
}

/** Why a `related` entry names no question, or undefined when it does. */
export function unknownRelatedProblem(slug: string, questionSlugs: ReadonlySet<string>): string | undefined {
  if (questionSlugs.has(slug)) return undefined;
  const hint = didYouMean(slug, questionSlugs) || ' (npm run list -- slugs lists them)';
  return `"${slug}" is not the slug of a question${hint}`;
}
