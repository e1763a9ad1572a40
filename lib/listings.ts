// The category and tag lists as one shape, so both paginated routes share one page component.
import 'server-only';
import { CATEGORIES_CRUMB, TAGS_CRUMB, type Crumb } from './breadcrumbs';
import type { QuestionEntry } from './content-types';
import { getCategory, getQuestions } from './content';
import { questionsInCategory, questionsWithTag } from './questions';
import { tagName } from './taxonomy';

export interface Listing {
  /** The list's name, e.g. "Nutrition" or "hydration". */
  name: string;
  heading: string;
  description?: string;
  basePath: string;
  parent: Crumb;
  /** Newest first. */
  questions: QuestionEntry[];
}

export function categoryListing(slug: string): Listing | undefined {
  const category = getCategory(slug);
  if (!category) return undefined;
  return {
    name: category.title,
    heading: category.title,
    description: category.description,
    basePath: category.url,
    parent: CATEGORIES_CRUMB,
    questions: questionsInCategory(getQuestions(), category.slug),
  };
}

export function tagListing(slug: string): Listing | undefined {
  const name = tagName(getQuestions(), slug);
  if (!name) return undefined;
  return {
    name,
    heading: `Questions about ${name}`,
    basePath: `/tags/${slug}`,
    parent: TAGS_CRUMB,
    questions: questionsWithTag(getQuestions(), slug),
  };
}
