// The category and tag lists as one shape, so both paginated routes share one page component.
import 'server-only';
import { categoryTrail, tagTrail, type Crumb } from './breadcrumbs';
import type { QuestionEntry } from '../content/types';
import { getCategory, getQuestions } from '../content/store';
import { questionsInCategory, questionsWithTag } from '../content/questions';
import { tagName } from '../content/taxonomy';
import { slugFromParam, tagPath } from '../content/slug';

export interface Listing {
  heading: string;
  description: string;
  /** Shown under the heading; tag pages have no description of their own to show. */
  showDescription: boolean;
  basePath: string;
  trail: Crumb[];
  /** Newest first. */
  questions: QuestionEntry[];
}

/** The list of a category, by the `[category]` route parameter. */
export function categoryListing(param: string): Listing | undefined {
  const category = getCategory(slugFromParam(param));
  if (!category) return undefined;
  return {
    heading: category.title,
    description: category.description,
    showDescription: true,
    basePath: category.url,
    trail: categoryTrail(category),
    questions: questionsInCategory(getQuestions(), category.slug),
  };
}

/** The list of a tag, by the `[tag]` route parameter. */
export function tagListing(param: string): Listing | undefined {
  const slug = slugFromParam(param);
  const name = tagName(getQuestions(), slug);
  if (!name) return undefined;
  return {
    heading: `Questions about ${name}`,
    description: `Evidence-based answers to questions about ${name}.`,
    showDescription: false,
    basePath: tagPath(slug),
    trail: tagTrail({ name, slug }),
    questions: questionsWithTag(getQuestions(), slug),
  };
}
