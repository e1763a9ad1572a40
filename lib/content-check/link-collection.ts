// Collects every `[[link]]` a question writes, in its frontmatter fields and its body, with the
// line and column of each, for the cross-file link rule to resolve.
import type { Root } from 'mdast';
import { findInternalLinks, findUnclosedLinks, linkableFields, type LinkableQuestion } from '../content/internal-links';
import { positionInText } from '../mdx/text-position';
import { fieldName, parseFieldName } from './field-path';
import type { FieldPath } from './field-specs';
import { forEachString } from './frontmatter-values';
import type { ParsedYaml } from './parse';
import type { Position } from './parse';
import type { LinkFact } from './question-facts';

/** A `[[` left open, in a field or the body. */
export interface UnclosedLink {
  field: string;
  at: Position;
  /** The start of the link as written, for the message. */
  text: string;
}

function opening(text: string, start: number): string {
  const rest = text.slice(start).split('\n')[0]!;
  return rest.length > 30 ? `${rest.slice(0, 30)}…` : rest;
}

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
      links.push({
        value: link.target,
        raw: link.raw,
        field,
        at: yaml.locateText(parseFieldName(field), link.raw),
        ...(link.figure !== undefined ? { figure: link.figure } : {}),
      });
    }
  }
  return links;
}

/** Every `[[` left open in the fields the page renders with links. */
export function collectFieldUnclosed(data: Record<string, unknown>, yaml: ParsedYaml): UnclosedLink[] {
  return linkableFields(data as unknown as LinkableQuestion).flatMap(({ field, text }) =>
    findUnclosedLinks(text).map((start) => ({
      field,
      at: yaml.locateText(parseFieldName(field), text.slice(start, start + 2)),
      text: opening(text, start),
    })),
  );
}

/** Every `[[` left open in the body's text (`lineOffset` lines come before the body). */
export function collectBodyUnclosed(body: Root, lineOffset: number): UnclosedLink[] {
  const found: UnclosedLink[] = [];
  const walk = (node: TextNode) => {
    if (node.type === 'text' && node.value && node.position) {
      const start = { line: node.position.start.line + lineOffset, column: node.position.start.column };
      for (const offset of findUnclosedLinks(node.value)) {
        found.push({ field: 'body', at: positionInText(node.value, offset, start), text: opening(node.value, offset) });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(body as TextNode);
  return found;
}

/**
 * `[[…]]` written in a field the page shows as plain text (a title, an FAQ question, a myth's claim…):
 * it would be printed with its brackets. Returns the field path of each.
 */
export function misplacedLinkFields(data: Record<string, unknown>): FieldPath[] {
  const linkable = new Set(linkableFields(data as unknown as LinkableQuestion).map(({ field }) => field));
  const found: FieldPath[] = [];
  forEachString(data, (text, path) => {
    if (text.includes('[[') && !linkable.has(fieldName(path))) found.push(path);
  });
  return found;
}

/** Links in the body's text; `lineOffset` is the number of lines before the body in the file. */
export function collectBodyLinks(body: Root, lineOffset: number): LinkFact[] {
  const links: LinkFact[] = [];
  const walk = (node: TextNode, parent?: TextNode) => {
    // Text already inside a Markdown link is not turned into an internal link by the build either.
    if (node.type === 'text' && node.value && node.position && parent?.type !== 'link') {
      const { value } = node;
      // Body positions count from the body's first line; the file has `lineOffset` lines before it.
      const start = { line: node.position.start.line + lineOffset, column: node.position.start.column };
      for (const link of findInternalLinks(value)) {
        links.push({
          value: link.target,
          raw: link.raw,
          field: 'body',
          at: positionInText(value, link.start, start),
          ...(link.figure !== undefined ? { figure: link.figure } : {}),
        });
      }
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(body as TextNode);
  return links;
}
