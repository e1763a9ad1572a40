// Line and column arithmetic for text inside a Markdown node: where an offset into the node's text
// falls in the file, given where the node starts.

export interface TextPosition {
  line: number;
  column: number;
}

/** The 1-based line and column of `text[offset]`, for text that starts at `start`. */
export function positionInText(text: string, offset: number, start: TextPosition): TextPosition {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  const newlines = lastNewline === -1 ? 0 : before.split('\n').length - 1;
  return {
    line: start.line + newlines,
    column: lastNewline === -1 ? start.column + offset : offset - lastNewline,
  };
}
