// A question's body as the editor shows it: its MDX source, word for word, in a text area. Keystatic's
// own MDX field would parse the body into a rich-text tree and write it back its own way (escaping
// `[[…]]` links, reflowing components); a source field keeps every body exactly as written.
import { fields, type ContentFormField } from '@keystatic/core';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function mdxSource({
  label,
  description,
}: {
  label: string;
  description?: string;
}): ContentFormField<string, string, string> {
  const textArea = fields.text({ label, description, multiline: true });
  return {
    kind: 'form',
    formKind: 'content',
    contentExtension: '.mdx',
    Input: (props) => textArea.Input(props),
    defaultValue: () => '',
    parse: (_value, { content }) => (content ? decoder.decode(content) : ''),
    serialize: (value) => ({ value: undefined, content: encoder.encode(value), other: new Map(), external: new Map() }),
    validate: (value) => value,
    reader: { parse: (_value, { content }) => (content ? decoder.decode(content) : '') },
  };
}
