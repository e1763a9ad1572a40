// Contentlayer's build of content/: the document types (lib/content/document-types.ts) compiled with
// the MDX plugins that check and shape every body.
import { makeSource } from 'contentlayer2/source-files';
import { Category, Question } from './lib/content/document-types';
import { buildLinkIndex } from './lib/content/internal-links';
import { CONTENT_DIR } from './lib/content/paths';
import { linkIndexFromFile, loadLinkTargets } from './lib/mdx/link-targets';
import { questionMdxOptions } from './lib/mdx/question-mdx-options';

// Body links need every question's slug, title and aliases before any body is compiled: read the
// frontmatter once, when the config loads.
// A sharded build (scripts/build-content.ts) compiles a subset of questions, but links may point to
// any question: it reads every question's link target once and passes them in LINK_TARGETS_FILE.
const linkIndex = process.env.LINK_TARGETS_FILE
  ? linkIndexFromFile(process.env.LINK_TARGETS_FILE)
  : buildLinkIndex(loadLinkTargets(CONTENT_DIR));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  documentTypes: [Question, Category],
  // Lenient defaults would publish a page with a missing field: fail the build instead.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  mdx: questionMdxOptions(linkIndex),
});
