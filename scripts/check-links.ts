// `npm run links`: asks every source address cited in content/ whether it still answers, and prints
// each dead one as `path:line:column  field: …` (with `--format github`, as annotations on the file
// and line). `--markdown FILE` also writes the list as Markdown, for the weekly issue. Exits 1 when
// an address is dead. Needs the network: the scheduled workflow runs it, not the pull request.
import { writeFile } from 'node:fs/promises';
import { formatGithubAnnotation } from '../lib/content-check/format';
import { loadContentFiles } from '../lib/content-check/load';
import { CONTENT_DIR } from '../lib/content/paths';
import {
  collectSourceLinks,
  deadLinkMessage,
  findDeadLinks,
  formatDeadLink,
  formatDeadLinksMarkdown,
} from '../lib/trust/source-links';
import { parseCommandLine, requireContentDir, requireOutputFormat } from './lib/command-line';

const { values } = parseCommandLine({
  name: 'links',
  summary: 'Checks that every source address still answers; lists the dead ones with their file and line.',
  usage: '[--format text|github] [--markdown dead-links.md]',
  options: {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string', default: CONTENT_DIR },
    markdown: { type: 'string' },
    timeout: { type: 'string', default: '20' },
  },
  optionHelp: {
    format: 'text for people, github for annotations in a workflow',
    dir: 'the content folder',
    markdown: 'also write the dead links as Markdown to this file',
    timeout: 'seconds to wait for each address',
  },
});
requireContentDir('links', values.dir);
const format = requireOutputFormat('links', values.format);
const timeout = Number(values.timeout);
if (!Number.isFinite(timeout) || timeout <= 0) {
  console.error(`npm run links: --timeout must be a number of seconds, not "${values.timeout}"`);
  process.exit(2);
}

const links = collectSourceLinks(await loadContentFiles(values.dir));
const dead = await findDeadLinks(links, { timeoutMs: timeout * 1000 });
const addresses = new Set(links.map((link) => link.url)).size;
const deadAddresses = new Set(dead.map((link) => link.url)).size;
// No address answering at all is the runner's network, not the sources: say so, and open no issue.
if (addresses > 0 && deadAddresses === addresses && dead.every((link) => !link.reason.startsWith('HTTP '))) {
  console.error(`npm run links: no source address answered at all (${dead[0]!.reason}): is the network down?`);
  process.exit(2);
}
for (const link of dead) {
  console.log(
    format === 'github'
      ? formatGithubAnnotation({
          rule: 'source-url',
          severity: 'error',
          file: link.file,
          line: link.line,
          column: link.column,
          field: link.field,
          message: deadLinkMessage(link),
        })
      : formatDeadLink(link),
  );
}
if (values.markdown) await writeFile(values.markdown, `${formatDeadLinksMarkdown(dead, addresses)}\n`);
const summary = `Checked ${addresses} source address(es) in ${links.length} citation(s): ${deadAddresses} dead.`;
if (dead.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
