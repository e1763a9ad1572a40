// The category and tag lists as one shape, so both paginated routes share one page component.
import 'server-only';
import { categoryTrail, tagTrail, type Crumb } from './breadcrumbs';
import type { QuestionEntry } from '../content/types';
import { getCategory, getQuestions } from '../content/store';
import { questionsInCategory, questionsWithTag, START_HERE_COUNT, startHere } from '../content/questions';
import { tagName } from '../content/taxonomy';

export interface Listing {
  heading: string;
  description: string;
  /** Shown under the heading; tag pages have no description of their own to show. */
  showDescription: boolean;
  basePath: string;
  trail: Crumb[];
  /** Newest first. */
  questions: QuestionEntry[];
  /** A short list to read first, shown above the full list on its first page. */
  startHere?: QuestionEntry[];
}

export function categoryListing(slug: string): Listing | undefined {
  const category = getCategory(slug);
  if (!category) return undefined;
  const questions = questionsInCategory(getQuestions(), category.slug);
  return {
    heading: category.title,
    description: category.description,
    showDescription: true,
    basePath: category.url,
    trail: categoryTrail(category),
    questions,
    startHere: questions.length > START_HERE_COUNT ? startHere(questions, START_HERE_COUNT) : undefined,
  };
}

export function tagListing(slug: string): Listing | undefined {
  const name = tagName(getQuestions(), slug);
  if (!name) return undefined;
  return {
    heading: `Questions about ${name}`,
    description: `Evidence-based answers to questions about ${name}.`,
    showDescription: false,
    basePath: `/tags/${slug}`,
    trail: tagTrail({ name, slug }),
    questions: questionsWithTag(getQuestions(), slug),
  };
}
