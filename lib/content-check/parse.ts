// Parses a content file once: YAML frontmatter (with node ranges, to name the line of any field)
// and, for MDX files, the body's syntax tree. Lines are file lines, whatever part they come from.
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './field-specs';

export interface SourceFile {
  /** Path shown in problems, from the project root: content/questions/why-do-my-knees-crack.mdx */
  path: string;
  /** Path inside the content directory, which decides the document type: questions/why-do-my-knees-crack.mdx */
  contentPath: string;
  text: string;
  /** Set when the bytes are not plain UTF-8 text (a byte-order mark, or another encoding): nothing else is checked. */
  encoding?: ParseProblem;
}

export interface Position {
  line: number;
  column: number;
}

export interface ParseProblem extends Position {
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  /** File position of a field (its key), of a list item, or of the closest existing parent for a missing field. */
  locate(path: FieldPath): Position;
  /** File position of `needle` inside the text field at `path` (as written, wrapped or not), else of the field. */
  locateText(path: FieldPath, needle: string): Position;
  problems: ParseProblem[];
}

export interface ParsedMdx {
  yaml: ParsedYaml;
  body?: Root;
  /** Added to a body-tree line to give the file line. */
  bodyLineOffset: number;
  bodyText: string;
  problems: ParseProblem[];
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

const mdxParser = unified().use(remarkParse).use(remarkMdx);

function lineCount(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** Parses YAML whose first line is file line `firstLine`. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // One mistake (a tab, a missing quote) makes the parser stumble on every line after it: report the
  // first error only, at the line that caused it, in plain words.
  const first = doc.errors[0];
  const problems: ParseProblem[] = first ? [yamlProblem(text, first, at, firstLine)] : [];
  return {
    data: problems.length > 0 ? undefined : doc.toJS(),
    locate: (path) => locate(doc, path, at),
    locateText: (path, needle) => {
      const node = doc.getIn(path, true) as Node | undefined;
      if (!isScalar(node) || !node.range) return locate(doc, path, at);
      const words = needle.trim().split(/\s+/).map(escapeRegExp);
      const match = new RegExp(words.join('\\s+')).exec(text.slice(node.range[0], node.range[1]));
      return match ? at(node.range[0] + match.index) : locate(doc, path, at);
    },
    problems,
  };
}

function yamlProblem(
  text: string,
  error: { pos: [number, number]; message: string },
  at: (offset: number) => Position,
  firstLine: number,
): ParseProblem {
  const lines = text.split('\n');
  const tab = lines.findIndex((line) => /^[ ]*\t/.test(line));
  const errorLine = at(error.pos[0]).line - firstLine;
  if (tab !== -1 && tab <= errorLine) {
    return {
      line: tab + firstLine,
      column: lines[tab]!.indexOf('\t') + 1,
      message: `YAML: line ${tab + firstLine} is indented with a tab: use spaces (two per level, like the lines around it)`,
    };
  }
  const quote = /^Missing closing (["'])quote/.exec(error.message);
  const opened = quote ? unclosedQuote(lines, quote[1]!) : undefined;
  if (opened) {
    const line = opened.line + firstLine;
    return {
      line,
      column: opened.column,
      message: `YAML: the ${quote![1]} opened on line ${line} is never closed: add a ${quote![1]} at the end of the text`,
    };
  }
  // yaml's own "at line N" counts from the frontmatter, not the file: drop it.
  return {
    ...at(error.pos[0]),
    message: `YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
  };
}

/**
 * Where a quoted value opens and is never closed: its line (from 0) and column. A quote opens a value
 * only where a value starts (after `key: `, `- `, or `[`, `{`, `,` in a list written on one line);
 * elsewhere it is just a character of plain text ("It's", 5" tall).
 */
function unclosedQuote(lines: readonly string[], quote: string): Position | undefined {
  let open: Position | undefined;
  lines.forEach((line, index) => {
    let from = 0;
    if (open) {
      const end = closingAt(line, 0, quote);
      if (end === -1) return;
      open = undefined;
      from = end + 1;
    }
    for (let i = from; i < line.length; i++) {
      const char = line[i]!;
      if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return;
      if (char !== '"' && char !== "'") continue;
      const before = line.slice(0, i);
      if (!/(?:^\s*|[:-]\s+|[[{,]\s*)$/.test(before)) continue;
      const end = closingAt(line, i + 1, char);
      if (end === -1) {
        if (char === quote) open = { line: index, column: i + 1 };
        return;
      }
      i = end;
    }
  });
  return open;
}

/** Index of the quote that closes a value from `start`: in "…" a backslash escapes, in '…' a quote is doubled. */
function closingAt(text: string, start: number, quote: string): number {
  for (let i = start; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function locate(doc: Document, path: FieldPath, at: (offset: number) => Position): Position {
  let node: Node | null | undefined = doc.contents;
  let found: Position = { line: firstLineOf(doc, at), column: 1 };
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) found = at(key.range[0]);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) found = at(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return found;
}

function firstLineOf(doc: Document, at: (offset: number) => Position): number {
  // A missing top-level field points at the opening `---`, the line before the YAML starts.
  return Math.max(1, at(doc.range?.[0] ?? 0).line - 1);
}

/** Splits an MDX file into frontmatter and body, parsing each once. */
export function parseMdxFile(text: string): ParsedMdx {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      yaml: {
        data: undefined,
        locate: () => ({ line: 1, column: 1 }),
        locateText: () => ({ line: 1, column: 1 }),
        problems: [],
      },
      bodyLineOffset: 0,
      bodyText: text,
      problems: [{ line: 1, column: 1, message: 'the file must start with frontmatter between two `---` lines' }],
    };
  }
  const yaml = parseYaml(match[1] ?? '', 2);
  const bodyLineOffset = lineCount(match[0]);
  const bodyText = text.slice(match[0].length);
  try {
    const body = mdxParser.parse(bodyText) as Root;
    return { yaml, body, bodyLineOffset, bodyText, problems: [] };
  } catch (error) {
    return { yaml, bodyLineOffset, bodyText, problems: [mdxSyntaxProblem(error, bodyLineOffset)] };
  }
}

function mdxSyntaxProblem(error: unknown, lineOffset: number): ParseProblem {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
    .place;
  const point = place && 'start' in place && place.start ? place.start : place;
  const reason = (error as { reason?: string }).reason ?? String(error);
  // An unclosed element is reported where the file ends, naming the opening tag's body position
  // as "(L:C-L:C)": point at the opening tag instead, in file lines.
  const opening = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  return {
    line: (opening ? Number(opening[1]) : (point?.line ?? 1)) + lineOffset,
    column: opening ? Number(opening[2]) : (point?.column ?? 1),
    message: `MDX syntax: ${reason.replace(opening?.[0] ?? '', '')} (write a literal < or { as \\< or \\{)`,
  };
}
