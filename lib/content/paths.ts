// The one home for where content lives, where the build writes what it derives from it, and the
// address of every question, category and tag page.
import { slugSegment } from './slug';

/** Editors' source files: content/questions/**\/*.mdx and content/categories/**\/*.yaml. */
export const CONTENT_DIR = 'content';
/** Contentlayer's compiled documents, one JSON file per question. */
export const GENERATED_DIR = '.contentlayer/generated';
export const GENERATED_QUESTION_DIR = `${GENERATED_DIR}/Question`;
export const GENERATED_CATEGORY_INDEX_PATH = `${GENERATED_DIR}/Category/_index.json`;
/** The slim content index and the serialised search index built from it. */
export const CONTENT_INDEX_PATH = '.content/index.json';
export const SEARCH_INDEX_PATH = '.content/search-index.json';

/** A page's address is its slug as one percent-encoded path segment ("café" gives /tags/caf%C3%A9). */
export function questionPath(slug: string): string {
  return `/questions/${slugSegment(slug)}`;
}

export function categoryPath(slug: string): string {
  return `/categories/${slugSegment(slug)}`;
}

export function tagPath(slug: string): string {
  return `/tags/${slugSegment(slug)}`;
}
