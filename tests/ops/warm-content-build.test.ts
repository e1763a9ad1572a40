// A content build that starts from the previous build's caches makes exactly what a cold build of the
// same content makes: every compiled document, the slim index (which every page and list reads), the
// search index and the sitemap's pages. Two scratch copies of the project: one builds the shipped
// questions, is edited as a pull request would edit it, and builds again; the other builds the edited
// content cold.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { sitemapPlan } from '@/lib/seo/sitemap';
import { copyProject } from '../../scripts/lib/scratch-project';

const root = process.cwd();
const scratch = path.join(os.tmpdir(), `warm-content-build-${process.pid}`);
const warmDir = path.join(scratch, 'warm');
const coldDir = path.join(scratch, 'cold');
const RENAMED = 'is-coffee-bad-for-you';

function buildContent(dir: string): string {
  return execFileSync('npm', ['run', '-s', 'content'], { cwd: dir, encoding: 'utf8', env: process.env });
}

/**
 * The edits of one pull request: a body, tags, a title, a new question, and a question retitled and
 * moved to its new slug. A file name is the slug of the title, or of an alias that keeps an address.
 */
function edit(dir: string): void {
  const questions = path.join(dir, 'content/questions');
  const file = (name: string) => path.join(questions, name);
  const names = readdirSync(questions).sort();
  const [bodyEdit, tagsEdit, titleEdit] = names.filter((name) => !name.startsWith(RENAMED));
  writeFileSync(file(bodyEdit), `${readFileSync(file(bodyEdit), 'utf8')}\nA paragraph added by an editor.\n`);
  const tagged = readFileSync(file(tagsEdit), 'utf8').replace(/^tags: \[/m, 'tags: [warm builds, ');
  writeFileSync(file(tagsEdit), tagged);
  // A published page retitled: the old title stays an alias, so links by title still resolve and its
  // file name (its address) stays the slug of a name the page has.
  const titled = readFileSync(file(titleEdit), 'utf8');
  const earlierTitle = /^title: (.+)$/m.exec(titled)![1]!;
  writeFileSync(
    file(titleEdit),
    titled
      .replace(/^title: .+$/m, `title: ${earlierTitle.replace(/\?$/, '')}, explained?`)
      .replace(/^aliases: \[/m, `aliases: [${JSON.stringify(earlierTitle)}, `),
  );
  // A new title, so a new slug, for a question other questions link to by title and slug: the old
  // title stays an alias, so links by title still resolve; their compiled links must change.
  const moved = readFileSync(file(`${RENAMED}.mdx`), 'utf8');
  const oldTitle = /^title: (.+)$/m.exec(moved)![1]!;
  writeFileSync(
    file(`${RENAMED}.mdx`),
    moved
      .replace(/^title: .+$/m, `title: ${oldTitle.replace(/\?$/, '')} really?`)
      .replace(/^aliases: \[/m, `aliases: [${JSON.stringify(oldTitle)}, `),
  );
  renameSync(file(`${RENAMED}.mdx`), file(`${RENAMED}-really.mdx`));
  for (const name of readdirSync(questions)) {
    const text = readFileSync(file(name), 'utf8');
    const relinked = text.replace(new RegExp(`\\b${RENAMED}\\b(?!-really)`, 'g'), `${RENAMED}-really`);
    if (relinked !== text) writeFileSync(file(name), relinked);
  }
  writeFileSync(
    file('zz-a-new-question.mdx'),
    readFileSync(file(bodyEdit), 'utf8').replace(/^title: .+$/m, 'title: Zz a new question?'),
  );
}

function outputs(dir: string) {
  const questionDir = path.join(dir, '.contentlayer/generated/Question');
  const documents = Object.fromEntries(
    readdirSync(questionDir)
      .filter((name) => !name.startsWith('_index'))
      .sort()
      .map((name) => [name, readFileSync(path.join(questionDir, name), 'utf8')]),
  );
  const index = JSON.parse(readFileSync(path.join(dir, '.content/index.json'), 'utf8')) as ContentIndex;
  return {
    documents,
    categories: readFileSync(path.join(dir, '.contentlayer/generated/Category/_index.json'), 'utf8'),
    index,
    searchIndex: readFileSync(path.join(dir, '.content/search-index.json'), 'utf8'),
    sitemap: sitemapPlan(index).entries,
  };
}

let warmLog = '';

beforeAll(async () => {
  await copyProject(root, warmDir, { skip: ['screenshots/'] });
  await copyProject(root, coldDir, { skip: ['screenshots/'] });
  buildContent(warmDir);
  edit(warmDir);
  edit(coldDir);
  warmLog = buildContent(warmDir);
  buildContent(coldDir);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a warm content build', () => {
  it('compiles only what the edits touched, and keeps the rest', () => {
    const [, kept, compiled] = /(\d+) kept from the previous build, (\d+) to compile/.exec(warmLog) ?? [];
    expect(Number(kept)).toBeGreaterThan(20);
    // The edited, new and moved questions, and those whose links to the moved one changed.
    expect(Number(compiled)).toBeGreaterThanOrEqual(5);
    expect(Number(compiled)).toBeLessThan(15);
  });

  it('makes the same documents, index, search index and sitemap as a cold build', () => {
    const warm = outputs(warmDir);
    const cold = outputs(coldDir);
    expect(Object.keys(warm.documents)).toEqual(Object.keys(cold.documents));
    for (const name of Object.keys(cold.documents)) expect(warm.documents[name], name).toBe(cold.documents[name]);
    expect(warm.categories).toBe(cold.categories);
    expect(warm.index).toEqual(cold.index);
    expect(warm.searchIndex).toBe(cold.searchIndex);
    expect(warm.sitemap).toEqual(cold.sitemap);
    // The moved question's new address reached the questions that link to it.
    const linking = Object.values(warm.documents).filter((text) => text.includes(`/questions/${RENAMED}-really`));
    expect(linking.length).toBeGreaterThan(1);
  });
});
