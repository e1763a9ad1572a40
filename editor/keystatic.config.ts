// The browser editor (Keystatic, at /keystatic in `npm run dev`): questions and categories, their
// fields derived from the document types (./document-fields.ts). With no repository configured it
// writes the files in content/ directly (local mode); with NEXT_PUBLIC_EDITOR_GITHUB_REPO=owner/name
// (and Keystatic's GitHub app variables, see .env.example) it commits to a branch of that repository,
// from which the editor opens a pull request that CI checks as any other.
import { config, type Collection, type ComponentSchema } from '@keystatic/core';
import { CONTENT_DIR } from '../lib/content/paths';
import { categoryEditorFields, questionEditorFields } from './document-fields';

// The fields are built from the document types at run time, so their names are plain strings here.
type EditorCollection = Collection<Record<string, ComponentSchema>, string>;

const githubRepo = process.env.NEXT_PUBLIC_EDITOR_GITHUB_REPO;

export default config({
  storage:
    githubRepo && /^[^/\s]+\/[^/\s]+$/.test(githubRepo)
      ? { kind: 'github', repo: githubRepo as `${string}/${string}`, branchPrefix: 'editor/' }
      : { kind: 'local' },
  ui: { brand: { name: 'Clear Health Answers' } },
  collections: {
    questions: {
      label: 'Questions',
      // `**`: questions kept in sub-folders (content/questions/sleep/…) are listed and edited too, as
      // the check and the build read them; new ones are written at the top.
      path: `${CONTENT_DIR}/questions/**`,
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title', 'category'],
      schema: questionEditorFields(),
    } satisfies EditorCollection,
    categories: {
      label: 'Categories',
      path: `${CONTENT_DIR}/categories/*`,
      slugField: 'title',
      format: { data: 'yaml' },
      schema: categoryEditorFields(),
    } satisfies EditorCollection,
  },
});
