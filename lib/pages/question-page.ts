// The question page's view model: one question's document and index entry, normalised into what the
// page lays out (verdict checked, trail, reviewer from the registry, help lists, structured data
// without link markup, table of contents, related and neighbouring questions). The page and its
// metadata read the same model, so they never disagree.
import 'server-only';
import type { Question } from 'contentlayer/generated';
import { cache } from 'react';
import { REVIEWERS } from '../../data/reviewers';
import { stripInternalLinks } from '../content/internal-links';
import { slugFromParam } from '../content/slug';
import { getCategory, getQuestion, getQuestionEntries, getQuestionEntry } from '../content/store';
import type { CategoryEntry, QuestionEntry } from '../content/types';
import { isVerdictId, type VerdictId } from '../content/verdicts';
import type { Heading } from '../mdx/headings';
import type { QuestionForStructuredData } from '../seo/structured-data';
import { findReviewer, reviewerRegistry, type Reviewer } from '../trust/reviewers';
import { reviewDates, type ReviewDates } from '../trust/review-dates';
import { helpBoxes, type HelpBoxView } from './help-boxes';
import { questionTrail, type Crumb } from './breadcrumbs';
import { isLongEnoughForToc, tableOfContents, type TocEntry } from './toc';

export interface QuestionPage {
  doc: Question;
  entry: QuestionEntry;
  category: CategoryEntry;
  /** The verdict, when the document's is one the site knows. */
  verdict?: VerdictId;
  /** Home › category › question, for the visible breadcrumbs and their JSON-LD alike. */
  trail: Crumb[];
  /** The clinical review: its reviewer from the registry and its date, only when both are known. */
  review?: { reviewer: Reviewer; date: string };
  /** The "when to get help" boxes, most urgent first (none when the question has none). */
  help: HelpBoxView[];
  /** "Page last reviewed" and "Next review due" (YYYY-MM-DD), from the editorial policy's interval. */
  reviewDates: ReviewDates;
  /** Plain text for JSON-LD: internal links keep only the words a reader sees. */
  structuredData: QuestionForStructuredData;
  toc: TocEntry[];
  showToc: boolean;
  related: QuestionEntry[];
  previous?: QuestionEntry;
  next?: QuestionEntry;
}

const reviewers = reviewerRegistry(REVIEWERS);

/**
 * The page of a visible question from its route parameter (encoded or not), or undefined for an
 * unknown slug, a draft or a question without its category.
 */
export const getQuestionPage = cache(async (param: string): Promise<QuestionPage | undefined> => {
  const question = await getQuestion(slugFromParam(param));
  if (!question) return undefined;
  const { doc, entry } = question;
  const category = getCategory(doc.category);
  if (!category) return undefined;
  // The check guarantees the id is in the registry; a review is named only with its date.
  const reviewer = doc.reviewed ? findReviewer(reviewers, doc.reviewer) : undefined;
  const toc = tableOfContents(doc.headings as Heading[], {
    keyPoints: doc.keyPoints.length > 0,
    tips: doc.tips.length > 0,
    myths: doc.myths.length > 0,
    faqs: doc.faqs.length > 0,
    sources: doc.sources.length > 0,
  });
  return {
    doc,
    entry,
    category,
    verdict: doc.verdict && isVerdictId(doc.verdict) ? doc.verdict : undefined,
    trail: questionTrail(category, entry),
    review: reviewer && doc.reviewed ? { reviewer, date: doc.reviewed } : undefined,
    help: helpBoxes(doc.whenToGetHelp),
    reviewDates: reviewDates(doc),
    structuredData: {
      ...doc,
      summary: entry.summary,
      faqs: doc.faqs.map((faq) => ({ ...faq, answer: stripInternalLinks(faq.answer) })),
      url: entry.url,
      tags: entry.tags,
      reviewer,
    },
    toc,
    showToc: isLongEnoughForToc(toc),
    related: getQuestionEntries(entry.related),
    previous: entry.previous ? getQuestionEntry(entry.previous) : undefined,
    next: entry.next ? getQuestionEntry(entry.next) : undefined,
  };
});
