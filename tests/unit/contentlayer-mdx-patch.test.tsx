// The patch to @contentlayer2/core (patches/) compiles question bodies with @mdx-js/mdx alone instead
// of an esbuild bundle per document through mdx-bundler. These tests fail without it, and check that
// what readers get is unchanged: every shipped body renders to the same HTML both ways.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleMDX } from '@contentlayer2/core';
import { provideDummyTracing } from '@contentlayer2/utils';
import * as effect from '@contentlayer2/utils/effect';
import { getMDXExport } from 'mdx-bundler/client/index.js';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx-components';
import { buildLinkIndex } from '@/lib/content/internal-links';
import { CONTENT_DIR } from '@/lib/content/paths';
import { loadLinkTargets } from '@/lib/mdx/link-targets';
import { questionMdxOptions } from '@/lib/mdx/question-mdx-options';

type MdxOptions = Record<string, unknown>;
// The package's type declarations do not resolve under this project's settings: the two functions used.
const { T, pipe } = effect as unknown as {
  T: { runPromise<A>(self: unknown): Promise<A> };
  pipe(self: unknown, provide: (self: unknown) => unknown): unknown;
};
// Any option only mdx-bundler understands sends a document down upstream's path: the reference.
const throughBundler = (options: MdxOptions): MdxOptions => ({
  ...options,
  esbuildOptions: (esbuild: unknown) => esbuild,
});

function compile(source: string, options: MdxOptions, file = 'questions/example.mdx'): Promise<string> {
  const rawDocumentData = {
    sourceFilePath: file,
    sourceFileName: path.basename(file),
    flattenedPath: file.replace(/\.mdx$/, ''),
  };
  const bundled = bundleMDX({ mdxString: source, options, contentDirPath: CONTENT_DIR, rawDocumentData } as never);
  return T.runPromise<string>(pipe(bundled, provideDummyTracing as (self: unknown) => unknown));
}

// How the site evaluates a body (next-contentlayer2's getMDXComponent passes these three).
function moduleOf(code: string): Record<string, unknown> {
  return getMDXExport(code, { React, ReactDOM, _jsx_runtime: jsxRuntime });
}

function render(code: string): string {
  const Body = moduleOf(code).default as (props: { components: typeof mdxComponents }) => React.ReactElement;
  return renderToStaticMarkup(<Body components={mdxComponents} />);
}

const example =
  '---\ntitle: An example\ntags: [sleep]\n---\n\n## A heading\n\nSome *text* and a [link](https://www.nhs.uk/).\n';

describe('contentlayer2 MDX patch', () => {
  it('compiles a body without parsing its frontmatter again to export it', async () => {
    // mdx-bundler's remark-mdx-frontmatter parsed the YAML a second time to export it; nothing reads it.
    const compiled = moduleOf(await compile(example, {}));
    expect(compiled.frontmatter).toBeUndefined();
    expect(moduleOf(await compile(example, throughBundler({}))).frontmatter).toEqual({
      title: 'An example',
      tags: ['sleep'],
    });
  });

  it('renders the same as upstream: the frontmatter hidden, the Markdown as HTML', async () => {
    const html = render(await compile(example, {}));
    expect(html).toBe(render(await compile(example, throughBundler({}))));
    expect(html).toContain('<h2>A heading</h2>');
    expect(html).not.toContain('An example');
  });

  it('hands MDX the frontmatter as blank lines, so the body keeps its file lines', async () => {
    // micromark read the frontmatter character by character to build a `yaml` node that compiles to
    // nothing: about half of each question's compile time.
    const seen: { types: string[]; headingLine?: number }[] = [];
    const recordTree = () => (tree: { children: { type: string; position?: { start: { line: number } } }[] }) => {
      seen.push({
        types: tree.children.map((node) => node.type),
        headingLine: tree.children.find((node) => node.type === 'heading')?.position?.start.line,
      });
    };
    const withCrlf = example.replace(/\n/g, '\r\n');
    for (const source of [example, withCrlf]) {
      seen.length = 0;
      const html = render(await compile(source, { remarkPlugins: [recordTree] }));
      expect(seen).toEqual([{ types: ['heading', 'paragraph'], headingLine: 6 }]);
      expect(html).toBe(render(await compile(source, throughBundler({}))));
    }
  });

  it('reports a broken body at its line in the file', async () => {
    const broken = `${example}\nA line with <Unclosed tag.\n`;
    // Line 10 of the file: the frontmatter's four lines, the body's five, then this one.
    const failure = (await compile(broken, {}).catch((caught: unknown) => caught)) as {
      error?: { line?: number; column?: number };
    };
    expect(failure.error).toMatchObject({ line: 10, column: 26 });
  });

  it('still compiles a document that exports something, through mdx-bundler', async () => {
    const code = await compile('export const answer = 42\n\nThe answer is {answer}.\n', {});
    expect(moduleOf(code).answer).toBe(42);
    expect(render(code)).toBe('<p>The answer is 42.</p>');
  });

  it('renders every shipped question body exactly as the unpatched compiler does', async () => {
    const options = questionMdxOptions(buildLinkIndex(loadLinkTargets(CONTENT_DIR)));
    const dir = path.join(CONTENT_DIR, 'questions');
    const names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      const file = `questions/${name}`;
      const patched = render(await compile(source, options, file));
      expect(patched, name).toBe(render(await compile(source, throughBundler(options), file)));
      expect(patched, name).toContain('<section id="in-depth-answer"');
    }
  }, 60_000);
});
