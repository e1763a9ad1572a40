// The shape of every content document: fields, nested types (source, key point, FAQ…) and computed
// fields. No side effects: importing it reads no content and loads no MDX plugin, so the config
// (contentlayer.config.ts), the content check and the index builder all read the same definitions.
import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files/schema';
import { extractHeadings } from '../mdx/headings';
import { VERDICT_IDS } from './verdicts';

// Where each type's files live under content/; the check reads the slug from the file name the same way.
const QUESTION_FILES = 'questions/**/*.mdx';
const CATEGORY_FILES = 'categories/**/*.yaml';
export const QUESTION_FILE = /^questions\/(?:.+\/)?([^/]+)\.mdx$/;
export const CATEGORY_FILE = /^categories\/(?:.+\/)?([^/]+)\.yaml$/;

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
  filePathPattern: QUESTION_FILES,
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
    reviewer: { type: 'string', required: false },
    draft: { type: 'boolean', required: false, default: false },
    sources: { type: 'list', of: Source, required: true },
    keyPoints: { type: 'list', of: KeyPoint, required: true },
    tips: { type: 'list', of: Tip, required: false, default: [] },
    myths: { type: 'list', of: MythOrMistake, required: false, default: [] },
    faqs: { type: 'list', of: Faq, required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    url: { type: 'string', resolve: (doc) => `/questions/${doc._raw.sourceFileName.replace(/\.mdx$/, '')}` },
    headings: { type: 'json', resolve: (doc) => extractHeadings(doc.body.raw) },
  },
}));

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: CATEGORY_FILES,
  contentType: 'data',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
    url: { type: 'string', resolve: (doc) => `/categories/${doc._raw.sourceFileName.replace(/\.yaml$/, '')}` },
  },
}));
