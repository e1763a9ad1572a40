// The shape of every content document: fields, nested types (source, key point, FAQ…) and computed
// fields. No side effects: importing it reads no content and loads no MDX plugin, so the config
// (contentlayer.config.ts), the content check and the index builder all read the same definitions.
import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files/schema';
import { extractHeadings } from '../mdx/headings';
import { CATEGORY_PATTERN, QUESTION_PATTERN } from './file-patterns';
import { HELP_ACTION_IDS } from '../../data/help-actions';
import { SOURCE_TYPE_IDS } from '../trust/source-types';
import { VERDICT_IDS } from './verdicts';
import { categoryPath, questionPath } from './paths';

// Where each type's files live under content/: one rule (./files.ts) for this, the check and the build.
export { CATEGORY_FILE, QUESTION_FILE } from './file-patterns';

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    id: { type: 'string', required: true, description: 'Short id that key points cite, e.g. nhs-cramps' },
    title: { type: 'string', required: true },
    publisher: { type: 'string', required: true },
    url: { type: 'string', required: true },
    year: { type: 'number', required: true },
    doi: { type: 'string', required: false },
    pmid: { type: 'string', required: false },
    stillCurrent: {
      type: 'date',
      required: false,
      description:
        'The day an editor confirmed that this source, older than the review policy allows, is still the current evidence: `npm run report` stops listing it for a review period from then',
    },
    type: {
      type: 'enum',
      options: [...SOURCE_TYPE_IDS],
      required: true,
      description: 'The kind of evidence, shown in the source list',
    },
  },
}));

// One "when to get help" box: what to do (data/help-actions.ts gives its heading) and the warning signs
// that need it, each a phrase that completes the heading.
const HelpBox = defineNestedType(() => ({
  name: 'HelpBox',
  fields: {
    action: {
      type: 'enum',
      options: [...HELP_ACTION_IDS],
      required: true,
      description:
        'What the reader should do: call-999, 999-or-ae, ae-or-utc, urgent-gp-or-111, gp-or-111, routine-gp or pharmacist',
    },
    signs: {
      type: 'list',
      of: { type: 'string' },
      required: true,
      description:
        'Each completes the action\'s heading, e.g. "Call 999 if:" + "you have chest pain that spreads to your arm"',
    },
  },
}));

const KeyPoint = defineNestedType(() => ({
  name: 'KeyPoint',
  fields: {
    text: { type: 'string', required: true },
    sources: {
      type: 'list',
      of: { type: 'string' },
      required: true,
      description: 'Ids of the sources that back this point',
    },
  },
}));

const Tip = defineNestedType(() => ({
  name: 'Tip',
  fields: {
    title: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

const MythOrMistake = defineNestedType(() => ({
  name: 'MythOrMistake',
  fields: {
    kind: { type: 'enum', options: ['myth', 'mistake'], required: true },
    claim: { type: 'string', required: true },
    correction: { type: 'string', required: true },
  },
}));

const Faq = defineNestedType(() => ({
  name: 'Faq',
  fields: {
    question: { type: 'string', required: true },
    answer: { type: 'string', required: true },
  },
}));

export const Question = defineDocumentType(() => ({
  name: 'Question',
  filePathPattern: QUESTION_PATTERN,
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    subject: {
      type: 'string',
      required: true,
      description: 'What the question is about, as the A to Z lists it: "Muscle twitches", "Vitamin D"',
    },
    summary: { type: 'string', required: true },
    shortAnswer: { type: 'string', required: true },
    verdict: { type: 'enum', options: [...VERDICT_IDS], required: false },
    verdictNote: { type: 'string', required: false, description: 'One line on why this verdict fits this question' },
    category: { type: 'string', required: true, description: 'Slug of a category in content/categories' },
    tags: { type: 'list', of: { type: 'string' }, required: true },
    aliases: { type: 'list', of: { type: 'string' }, required: false, default: [] },
    related: {
      type: 'list',
      of: { type: 'string' },
      required: false,
      default: [],
      description: 'Curated related question slugs, shown first',
    },
    featured: { type: 'boolean', required: false, default: false },
    published: { type: 'date', required: true },
    updated: { type: 'date', required: true },
    reviewed: { type: 'date', required: false },
    reviewer: { type: 'string', required: false, description: 'Id of a reviewer in data/reviewers.ts' },
    whenToGetHelp: {
      type: 'list',
      of: HelpBox,
      required: false,
      default: [],
      description: 'The help boxes, one per action, each with the warning signs that need it',
    },
    noUrgentSigns: {
      type: 'string',
      required: false,
      description: 'Why a question in a symptoms category lists no sign that needs 999, A&E or an urgent appointment',
    },
    draft: { type: 'boolean', required: false, default: false },
    sources: { type: 'list', of: Source, required: true },
    keyPoints: { type: 'list', of: KeyPoint, required: true },
    tips: { type: 'list', of: Tip, required: false, default: [] },
    myths: { type: 'list', of: MythOrMistake, required: false, default: [] },
    faqs: { type: 'list', of: Faq, required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    url: { type: 'string', resolve: (doc) => questionPath(doc._raw.sourceFileName.replace(/\.mdx$/, '')) },
    headings: { type: 'json', resolve: (doc) => extractHeadings(doc.body.raw) },
  },
}));

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: CATEGORY_PATTERN,
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    symptoms: {
      type: 'boolean',
      required: false,
      default: false,
      description: 'Its questions are about symptoms: each must have whenToGetHelp',
    },
    crisisSupport: {
      type: 'boolean',
      required: false,
      default: false,
      description: 'Every question in it shows the crisis contacts',
    },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
    url: { type: 'string', resolve: (doc) => categoryPath(doc._raw.sourceFileName.replace(/\.yaml$/, '')) },
  },
}));
