// Collects every `[[link]]` a question writes, in its frontmatter fields and its body, with the
// line and column of each, for the cross-file link rule to resolve.
import type { Root } from 'mdast';
import { findInternalLinks, linkableFields, type LinkableQuestion } from '../content/internal-links';
import { parseFieldName } from './field-path';
import type { ParsedYaml } from './parse';
import type { LinkFact } from './question-facts';

interface TextNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: TextNode[];
}

/** Links in the fields the page renders with links (lib/content/internal-links.ts). */
export function collectFieldLinks(data: Record<string, unknown>, yaml: ParsedYaml): LinkFact[] {
  const links: LinkFact[] = [];
  for (const { field, text } of linkableFields(data as unknown as LinkableQuestion)) {
    for (const link of findInternalLinks(text)) {
      links.push({ value: link.target, raw: link.raw, field, at: yaml.locateText(parseFieldName(field), link.raw) });
    }
  }
  return links;
}

/** Links in the body's text; `lineOffset` is the number of lines before the body in the file. */
export function collectBodyLinks(body: Root, lineOffset: number): LinkFact[] {
  const links: LinkFact[] = [];
  const walk = (node: TextNode, parent?: TextNode) => {
    // Text already inside a Markdown link is not turned into an internal link by the build either.
    if (node.type === 'text' && node.value && node.position && parent?.type !== 'link') {
      const { value } = node;
      const start = node.position.start;
      for (const link of findInternalLinks(value)) {
        const before = value.slice(0, link.start);
        const newlines = before.split('\n').length - 1;
        const column = newlines === 0 ? start.column + link.start : link.start - before.lastIndexOf('\n');
        links.push({
          value: link.target,
          raw: link.raw,
          field: 'body',
          at: { line: start.line + newlines + lineOffset, column },
        });
      }
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(body as TextNode);
  return links;
}
