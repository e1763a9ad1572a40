import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { buildContentIndex, type GeneratedQuestion } from '@/lib/build/content-index';
import { ContentError } from '@/lib/content/errors';
import {
  buildLinkIndex,
  findInternalLinks,
  lineOf,
  linkResolver,
  linkSegments,
  stripInternalLinks,
  unresolvedLinks,
  type LinkTarget,
} from '@/lib/content/internal-links';
import { linkIndexFromFile, parseLinkTarget, topLevelEntries } from '@/lib/mdx/link-targets';
import { remarkInternalLinks } from '@/lib/mdx/remark-internal-links';
import { generatedQuestion, sleepCategory } from '../helpers/generated';

const targets: LinkTarget[] = [
  {
    slug: 'why-do-my-muscles-twitch-after-a-workout',
    url: '/questions/why-do-my-muscles-twitch-after-a-workout',
    title: 'Why do my muscles twitch after a workout?',
    aliases: ['electrolytes and muscle function'],
    draft: false,
  },
  {
    slug: 'is-creatine-safe',
    url: '/questions/is-creatine-safe',
    title: 'Is creatine safe?',
    aliases: [],
    draft: true,
  },
];
const index = buildLinkIndex(targets);
const production = linkResolver(index, { includeDrafts: false });

describe('internal links', () => {
  it('finds [[target]] and [[target|text]], even wrapped across lines', () => {
    expect(findInternalLinks('See [[Is creatine\n  safe?]] and [[a-slug|this page]].')).toMatchObject([
      { target: 'Is creatine safe?', label: 'Is creatine safe?' },
      { target: 'a-slug', label: 'this page' },
    ]);
  });

  it('matches a slug, a title or an alias, ignoring case', () => {
    const twitch = '/questions/why-do-my-muscles-twitch-after-a-workout';
    for (const text of [
      'why-do-my-muscles-twitch-after-a-workout',
      'WHY do my muscles twitch after a workout?',
      'Electrolytes and Muscle Function',
    ]) {
      const resolution = production(text);
      expect(resolution.ok && resolution.target.url, text).toBe(twitch);
    }
  });

  it('renders links with their text and never prints brackets', () => {
    const text = 'Read [[electrolytes and muscle function|why twitches happen]] or [[no such page]].';
    expect(linkSegments(text, production)).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'link', text: 'why twitches happen', href: '/questions/why-do-my-muscles-twitch-after-a-workout' },
      { kind: 'text', text: ' or no such page.' },
    ]);
    expect(stripInternalLinks(text)).toBe('Read why twitches happen or no such page.');
  });

  it('reports a target that matches no question, and a draft outside a preview', () => {
    expect(unresolvedLinks('[[no such page]] and [[Is creatine safe?]]', production)).toEqual([
      { raw: '[[no such page]]', message: 'matches no question slug, title or alias' },
      { raw: '[[Is creatine safe?]]', message: 'points to "is-creatine-safe", which is a draft' },
    ]);
    expect(unresolvedLinks('[[Is creatine safe?]]', linkResolver(index, { includeDrafts: true }))).toEqual([]);
  });

  it('finds the line of a link in a source file, wrapped or not', () => {
    const source = 'title: x\nsummary: >-\n  read [[no such\n  page]] first\n';
    expect(lineOf(source, '[[no such page]]')).toBe(3);
    expect(lineOf(source, '[[absent]]')).toBeUndefined();
  });

  it('reads a link target from frontmatter', () => {
    const source = '---\ntitle: Is creatine safe?\naliases: [creatine safety]\ndraft: true\n---\nBody';
    expect(parseLinkTarget('is-creatine-safe.mdx', source)).toEqual({
      slug: 'is-creatine-safe',
      url: '/questions/is-creatine-safe',
      title: 'Is creatine safe?',
      aliases: ['creatine safety'],
      draft: true,
    });
  });
});

describe('link targets read from the title, aliases and draft entries alone', () => {
  /** The link target as parsing the whole frontmatter gives it (what parseLinkTarget did before). */
  function wholeParse(fileName: string, source: string): LinkTarget | undefined {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    let data: Record<string, unknown>;
    try {
      data = parseYaml(frontmatter ?? '', { uniqueKeys: false }) as Record<string, unknown>;
    } catch {
      return undefined;
    }
    const slug = fileName.replace(/\.mdx$/, '');
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
    return {
      slug,
      url: `/questions/${slug}`,
      title: typeof data.title === 'string' ? data.title : slug,
      aliases: list(data.aliases),
      draft: data.draft === true,
    };
  }

  it('gives what parsing the whole frontmatter gives, for every shipped question', () => {
    const dir = 'content/questions';
    const files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(parseLinkTarget(file, source), file).toEqual(wholeParse(file, source));
    }
  });

  it.each([
    ['compact sequences and comments', 'title: A\n# note\naliases:\n- one\n- two\ndraft: true\nsources:\n  - x'],
    ['a folded title', 'summary: s\ntitle: >-\n  Does sleep\n\n  matter?\naliases: [a, b]'],
    ['a repeated key (the last one counts)', 'title: First\ntitle: Second'],
    ['an anchor and an alias', 'base: &t Shared title\ntitle: *t'],
    ['a merge key', 'defaults: &d\n  draft: true\n<<: *d\ntitle: Merged'],
    ['a quoted key', '"title": Quoted\naliases: [q]'],
    ['an ampersand in the title', 'title: Sleep & recovery\ndraft: false'],
    ['a title that is not text', 'title: [1, 2]\naliases: nope'],
    ['no link fields', 'summary: only this'],
  ])('gives the whole parse with %s', (_name, frontmatter) => {
    const source = `---\n${frontmatter}\n---\nBody`;
    expect(parseLinkTarget('q.mdx', source)).toEqual(wholeParse('q.mdx', source));
  });

  it('keeps only the named top-level entries, and gives up on a top level it cannot split', () => {
    const fields = new Set(['title']);
    expect(topLevelEntries('a: 1\ntitle: >-\n  x\n  y\nb:\n- 2', fields)).toBe('title: >-\n  x\n  y');
    expect(topLevelEntries('"title": x', fields)).toBeUndefined();
    expect(topLevelEntries('? complex\n: key', fields)).toBeUndefined();
  });
});

function compileBody(markdown: string, sourceFileName = 'page.mdx'): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkInternalLinks, { index });
  const file = new VFile({ value: markdown });
  file.data.rawDocumentData = { sourceFilePath: `questions/${sourceFileName}`, sourceFileName };
  return processor.runSync(processor.parse(file), file) as Root;
}

describe('the MDX body plugin', () => {
  it('turns body links into real links', () => {
    const tree = compileBody('Intro.\n\nTwitches come from [[Electrolytes and muscle function|tired muscles]].\n');
    const links: Link[] = [];
    visit(tree, 'link', (node: Link) => void links.push(node));
    expect(links).toHaveLength(1);
    expect(links[0].url).toBe('/questions/why-do-my-muscles-twitch-after-a-workout');
    expect(links[0].children).toEqual([{ type: 'text', value: 'tired muscles' }]);
    expect(JSON.stringify(tree)).not.toContain('[[');
  });

  it('stops with the file, the line and the link text for an unknown target', () => {
    expect(() => compileBody('Line one.\n\nSee [[no such\nquestion]].\n')).toThrowError(ContentError);
    expect(() => compileBody('Line one.\n\nSee [[no such\nquestion]].\n')).toThrowError(
      'content/questions/page.mdx:3:5  body: internal link [[no such question]] matches no question slug, title or alias',
    );
  });

  it('writes a registered figure in place of its placeholder, and stops at an unknown one', () => {
    const tree = compileBody('Most adults need [[figure:adult-sleep-hours]] of sleep.\n');
    const texts: string[] = [];
    visit(tree, 'text', (node: { value: string }) => void texts.push(node.value));
    expect(texts.join('')).toBe('Most adults need 7 to 9 hours of sleep.');
    expect(() => compileBody('Line one.\n\nNeed [[figure:sleep-hours]].\n')).toThrowError(
      /content\/questions\/page\.mdx:3:6 {2}body: internal link \[\[figure:sleep-hours\]\] names no figure in data\/figures\.ts/,
    );
  });

  it('lets only a draft link to a draft', () => {
    expect(() => compileBody('[[Is creatine safe?]]')).toThrowError(/which is a draft/);
    expect(() => compileBody('[[Is creatine safe?]]', 'is-creatine-safe.mdx')).not.toThrow();
  });
});

describe('links in frontmatter fields', () => {
  const category = sleepCategory;
  const question = (slug: string, overrides: Partial<GeneratedQuestion> = {}) =>
    generatedQuestion(slug, {
      title: `Title of ${slug}`,
      summary: 'See [[Title of b|the other one]].',
      tags: ['sleep'],
      updated: '2026-01-01T00:00:00.000Z',
      ...overrides,
    });

  it('keeps plain summaries in the index for cards and meta descriptions', () => {
    const built = buildContentIndex([question('a'), question('b')], [category]);
    expect(built.questions.find((q) => q.slug === 'a')?.summary).toBe('See the other one.');
  });

  it('stops the build naming the file, line, field and link text', () => {
    const bad = question('a', { keyPoints: [{ text: 'ok' }, { text: 'Read [[Nowhere]] first.' }] });
    const source = '---\ntitle: a\nkeyPoints:\n  - text: ok\n  - text: Read [[Nowhere]] first.\n---\n';
    expect(() => buildContentIndex([bad, question('b')], [category], { readSource: () => source })).toThrowError(
      'content/questions/a.mdx:5:1  keyPoints[1].text: internal link [[Nowhere]] matches no question slug, title or alias',
    );
  });
});

describe('linkIndexFromFile', () => {
  it('builds the index once per version of the link targets file, and again when it changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-targets-'));
    try {
      const file = path.join(dir, 'link-targets.json');
      writeFileSync(file, JSON.stringify(targets));
      const first = linkIndexFromFile(file);
      // A contentlayer worker evaluates the config once per shard: the same file gives the same index.
      expect(linkIndexFromFile(file)).toBe(first);
      const added: LinkTarget = {
        slug: 'new-question',
        url: '/questions/new-question',
        title: 'A new question?',
        aliases: [],
        draft: false,
      };
      writeFileSync(file, JSON.stringify([...targets, added]));
      const second = linkIndexFromFile(file);
      expect(second).not.toBe(first);
      expect(linkResolver(second, { includeDrafts: false })('A new question?')).toMatchObject({ ok: true });
      expect(linkResolver(first, { includeDrafts: false })('A new question?')).toMatchObject({ ok: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
