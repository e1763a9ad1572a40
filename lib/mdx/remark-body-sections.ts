// Splits a question body into its two page sections: the in-depth answer, and the part under the
// "Why this happens" (or "Why it matters") heading, so each is rendered by its own component.
import type { Root, RootContent, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const WHY_HEADING = /^why (this happens|it matters)\b/i;

interface SectionElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children: RootContent[];
}

function section(kind: 'in-depth' | 'why', title: string, children: RootContent[]): SectionElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'BodySection',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'kind', value: kind },
      { type: 'mdxJsxAttribute', name: 'title', value: title },
    ],
    children,
  };
}

function isWhyHeading(node: RootContent): node is Heading {
  return node.type === 'heading' && node.depth === 2 && WHY_HEADING.test(toString(node).trim());
}

export function remarkBodySections() {
  return (tree: Root) => {
    const whyIndex = tree.children.findIndex(isWhyHeading);
    const inDepth = whyIndex === -1 ? tree.children : tree.children.slice(0, whyIndex);
    const sections: SectionElement[] = [];
    if (inDepth.some((node) => node.type !== 'mdxjsEsm'))
      sections.push(section('in-depth', 'In-depth answer', inDepth));
    if (whyIndex !== -1) {
      const title = toString(tree.children[whyIndex]).trim();
      sections.push(section('why', title, tree.children.slice(whyIndex + 1)));
    }
    tree.children = sections as unknown as RootContent[];
  };
}
