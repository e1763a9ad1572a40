import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findUnsafeMdx, remarkSafeMdx } from '@/lib/mdx/safe-mdx';

const parser = unified().use(remarkParse).use(remarkMdx);

function problems(body: string) {
  return findUnsafeMdx(parser.parse(body) as Root).map(
    (problem) => `${problem.line}:${problem.column} ${problem.message}`,
  );
}

describe('findUnsafeMdx', () => {
  it('rejects `export const x = process.env` and `{require(...)}` on the syntax tree', () => {
    expect(problems('Intro.\n\nexport const x = process.env\n')).toEqual([
      expect.stringMatching(/^3:1 import\/export is not allowed/),
    ]);
    expect(problems("Intro.\n\nText {require('fs')} more.\n")).toEqual([
      expect.stringMatching(/^3:6 JavaScript expressions/),
    ]);
  });

  it('rejects JSX outside the allow-list, raw script/style/iframe, event handlers and expression attributes', () => {
    expect(problems('<div>hi</div>')).toEqual([expect.stringContaining('<div> is not an allowed component')]);
    expect(problems('<script src="x.js" />')).toEqual([expect.stringContaining('raw <script>')]);
    expect(problems('<IFRAME src="https://example.org" />')).toEqual([expect.stringContaining('raw <IFRAME>')]);
    expect(problems('<Callout onMouseOver="x">Hi</Callout>')).toEqual([expect.stringContaining('"onMouseOver"')]);
    expect(problems('<Callout title={x}>Hi</Callout>')).toEqual([expect.stringContaining('plain "string"')]);
    expect(problems('<Callout {...props}>Hi</Callout>')).toEqual([expect.stringContaining('JSX attributes')]);
    expect(problems('<Callout type="danger">Hi</Callout>')).toEqual([expect.stringContaining('must be one of')]);
  });

  it('rejects script URLs in links but keeps web, mail and site links', () => {
    expect(problems('[a](javascript:alert(1)) [b](data:text/html,x)')).toHaveLength(2);
    expect(problems('[a](https://www.nhs.uk/) [b](/questions/x) [c](#sources) [d](mailto:a@b.org)')).toEqual([]);
  });

  it('accepts plain Markdown and the allowed Callout', () => {
    expect(
      problems('# Title\n\n*Soft* \\{braces\\}\n\n<Callout type="tip" title="Try this">\nRest.\n</Callout>\n'),
    ).toEqual([]);
  });
});

describe('remarkSafeMdx (the plugin Contentlayer runs before compiling)', () => {
  it('stops compilation with the file and line of each unsafe construct', async () => {
    const file = {
      value: '---\ntitle: x\n---\n\nexport const x = process.env\n\n{require("fs")}\n',
      data: { rawDocumentData: { sourceFilePath: 'questions/evil.mdx' } },
    };
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSafeMdx);
    // Without frontmatter support the `---` block parses as a thematic break and a heading, which is fine here.
    const tree = processor.parse(file);
    await expect(processor.run(tree, file)).rejects.toThrow(
      /content\/questions\/evil\.mdx:5:1 {2}body: import\/export[\s\S]*content\/questions\/evil\.mdx:7:1 {2}body: JavaScript/,
    );
  });
});
