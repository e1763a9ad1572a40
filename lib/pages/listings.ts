// The category and tag lists as one shape, so both paginated routes share one page component; and
// the A to Z's letters and letter pages.
import 'server-only';
import { categoryTrail, tagTrail, type Crumb } from './breadcrumbs';
import type { QuestionEntry } from '../content/types';
import { getCategory, getQuestions } from '../content/store';
import { questionsInCategory, questionsWithTag, START_HERE_COUNT, startHere } from '../content/questions';
import { tagName } from '../content/taxonomy';
import { slugFromParam } from '../content/slug';
import { tagPath } from '../content/paths';
import { A_Z_PAGE_SIZE, groupByLetter, isSinglePage, letterPath, type Letter, type LetterGroup } from './a-z';
import { paginate } from './pagination';

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

/** The list of a category, by the `[category]` route parameter. */
export function categoryListing(param: string): Listing | undefined {
  const category = getCategory(slugFromParam(param));
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

export interface AzIndex {
  groups: LetterGroup<QuestionEntry>[];
  /** Whether every letter fits on /a-z, or each letter has its own page. */
  singlePage: boolean;
  questionCount: number;
}

let az: AzIndex | undefined;

/** The A to Z of every visible question, grouped once per process. */
export function azIndex(): AzIndex {
  if (!az) {
    const questions = getQuestions();
    az = {
      groups: groupByLetter(questions),
      singlePage: isSinglePage(questions.length),
      questionCount: questions.length,
    };
  }
  return az;
}

export interface AzLetterPage {
  letter: Letter;
  /** This page's share of the letter's questions, by subject. */
  group: LetterGroup<QuestionEntry>;
  questionCount: number;
  basePath: string;
  page: number;
  pageCount: number;
}

/**
 * One page of a letter of a split A to Z, or undefined when there is no such page: an unknown or
 * empty letter, a page out of range, or an A to Z small enough to be one page (/a-z).
 */
export function azLetterPage(letterId: string, page: number | undefined): AzLetterPage | undefined {
  const { groups, singlePage } = azIndex();
  const group = groups.find((candidate) => candidate.letter.id === letterId);
  if (singlePage || !group || page === undefined) return undefined;
  const paged = paginate(
    group.subjects.flatMap((subject) => subject.questions),
    page,
    A_Z_PAGE_SIZE,
  );
  if (!paged) return undefined;
  return {
    letter: group.letter,
    group: groupByLetter(paged.items)[0],
    questionCount: group.questionCount,
    basePath: letterPath(group.letter),
    page: paged.page,
    pageCount: paged.pageCount,
  };
}
