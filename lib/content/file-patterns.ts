// Which files under content/ are questions and categories, as patterns: one rule for the check, the link
// targets, contentlayer's document types, the sharded content build and the browser editor. No imports,
// so the document types (and the editor built from them) load in a browser. Sub-folders are allowed
// (the slug is the file name); files and folders whose names start with a dot are never content.

/** contentlayer `filePathPattern`s, relative to content/. */
export const QUESTION_PATTERN = 'questions/**/*.mdx';
export const CATEGORY_PATTERN = 'categories/**/*.yaml';

/** The same rules as regular expressions over a path relative to content/; group 1 is the slug. */
export const QUESTION_FILE = /^questions\/(?:[^/.][^/]*\/)*([^/.][^/]*)\.mdx$/;
export const CATEGORY_FILE = /^categories\/(?:[^/.][^/]*\/)*([^/.][^/]*)\.yaml$/;
