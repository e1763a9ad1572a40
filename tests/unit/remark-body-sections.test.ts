import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { remarkBodySections } from '@/lib/mdx/remark-body-sections';

function sections(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  remarkBodySections()(tree);
  return tree.children.map((node) => {
    const element = node as unknown as {
      name: string;
      attributes: { name: string; value: string }[];
      children: unknown[];
    };
    return {
      attrs: Object.fromEntries(element.attributes.map((a) => [a.name, a.value])),
      count: element.children.length,
    };
  });
}

describe('remarkBodySections', () => {
  it('splits the body at the "Why this happens" heading and drops that heading', () => {
    expect(sections('One.\n\nTwo.\n\n## Why this happens\n\n### Cause\n\nText.')).toEqual([
      { attrs: { kind: 'in-depth', title: 'In-depth answer' }, count: 2 },
      { attrs: { kind: 'why', title: 'Why this happens' }, count: 2 },
    ]);
  });
  it('accepts "Why it matters" as the heading', () => {
    expect(sections('One.\n\n## Why it matters\n\nText.')[1].attrs).toEqual({ kind: 'why', title: 'Why it matters' });
  });
  it('leaves out the why section when the body has none', () => {
    expect(sections('Only prose.')).toEqual([{ attrs: { kind: 'in-depth', title: 'In-depth answer' }, count: 1 }]);
  });
});
