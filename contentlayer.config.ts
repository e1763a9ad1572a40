// The one place a question's and a category's shape is defined: fields, nested types and computed fields.
import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import readingTime from 'reading-time';
import { remarkBodySections } from './lib/mdx/remark-body-sections';
import { remarkSafeMdx } from './lib/mdx/safe-mdx';
import { extractHeadings } from './lib/mdx/headings';
import { readFileSync } from 'node:fs';
import { loadLinkTargets } from './lib/mdx/link-targets';
import { remarkInternalLinks } from './lib/mdx/remark-internal-links';
import { buildLinkIndex, type LinkTarget } from './lib/internal-links';
import { VERDICT_IDS } from './lib/verdicts';
import rehypeSlug from 'rehype-slug';

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
  filePathPattern: 'questions/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
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
    readingMinutes: { type: 'number', resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)) },
    headings: { type: 'json', resolve: (doc) => extractHeadings(doc.body.raw) },
  },
}));

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: 'categories/**/*.yaml',
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

const CONTENT_DIR = 'content';

// Body links need every question's slug, title and aliases before any body is compiled: read the
// frontmatter once, when the config loads.
// A sharded build (scripts/build-content.ts) compiles a subset of questions, but links may point to
// any question: it reads every question's link target once and passes them in LINK_TARGETS_FILE.
const linkIndex = buildLinkIndex(
  process.env.LINK_TARGETS_FILE
    ? (JSON.parse(readFileSync(process.env.LINK_TARGETS_FILE, 'utf8')) as LinkTarget[])
    : loadLinkTargets(CONTENT_DIR),
);

export default makeSource({
  contentDirPath: CONTENT_DIR,
  documentTypes: [Question, Category],
  // Lenient defaults would publish a page with a missing field: fail the build instead.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  mdx: {
    // remarkSafeMdx runs first, on the tree as written: a body with code in it never compiles.
    remarkPlugins: [
      remarkSafeMdx,
      [remarkInternalLinks, { index: linkIndex, contentDir: CONTENT_DIR }],
      remarkBodySections,
    ],
    rehypePlugins: [rehypeSlug],
  },
});
