// `npm run list -- tags`: the names editors look up while writing (tags, slugs, aliases, categories,
// publishers, reviewers), one a line, so no one has to grep the content for them.
import { REVIEWERS } from '../data/reviewers';
import { TRUSTED_PUBLISHERS } from '../data/trusted-publishers';
import { CATALOG_KINDS, catalog, type CatalogKind } from '../lib/content-check/catalog';
import { loadContentFiles } from '../lib/content-check/load';
import { CONTENT_DIR } from '../lib/content/paths';
import { didYouMean } from '../lib/content/suggest';
import { parseCommandLine, requireContentDir } from './lib/command-line';

const usage = `${CATALOG_KINDS.join('|')}`;
const { values, positionals } = parseCommandLine({
  name: 'list',
  summary: `Lists the ${CATALOG_KINDS.join(', ')} in use, one a line.`,
  usage,
  options: { dir: { type: 'string', default: CONTENT_DIR } },
  optionHelp: { dir: 'the content folder' },
  allowPositionals: true,
});
requireContentDir('list', values.dir);
const kind = positionals[0];
if (positionals.length !== 1 || !CATALOG_KINDS.includes(kind as CatalogKind)) {
  const given = kind === undefined ? 'say what to list' : `unknown list "${kind}"${didYouMean(kind, CATALOG_KINDS)}`;
  console.error(`npm run list: ${given}: npm run list -- ${usage}`);
  process.exit(2);
}
const lines = catalog(kind as CatalogKind, {
  files: await loadContentFiles(values.dir),
  publishers: TRUSTED_PUBLISHERS,
  reviewers: REVIEWERS,
});
console.log(lines.length > 0 ? lines.join('\n') : `(no ${kind} yet)`);
