// Turns [[target]] and [[target|link text]] in a question body into real links to other questions.
// A link that matches no question stops the build, naming the file, the line and the link.
import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../content/errors';
import { toSlug } from '../content/slug';
import {
  describeUnresolved,
  findInternalLinks,
  linkResolver,
  resolveFigure,
  type LinkIndex,
} from '../content/internal-links';
import { CONTENT_DIR } from '../content/paths';
import { positionInText } from './text-position';

export interface RemarkInternalLinksOptions {
  index: LinkIndex;
  contentDir?: string;
}

interface RawDocumentData {
  sourceFilePath: string;
  sourceFileName: string;
}

export function remarkInternalLinks({ index, contentDir = CONTENT_DIR }: RemarkInternalLinksOptions) {
  const published = linkResolver(index, { includeDrafts: false });
  const drafts = linkResolver(index, { includeDrafts: true });
  return (tree: Root, file: VFile) => {
    // Contentlayer puts the source file's details on the vfile.
    const raw = file.data.rawDocumentData as RawDocumentData | undefined;
    const sourceFilePath = raw?.sourceFilePath ?? file.path ?? 'unknown file';
    const self = raw ? index.get(toSlug(raw.sourceFileName.replace(/\.mdx$/, ''))) : undefined;
    // A draft may link to another draft: neither is published.
    const resolve = self?.draft ? drafts : published;
    const problems: ContentProblem[] = [];

    visit(tree, 'text', (node: Text, position, parent) => {
      if (!parent || position === undefined || parent.type === 'link') return;
      const links = findInternalLinks(node.value);
      if (links.length === 0) return;
      const replacement: (Text | Link)[] = [];
      let cursor = 0;
      for (const link of links) {
        if (link.start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, link.start) });
        // A figure reads as its registered wording; a link to a question becomes a link.
        const resolution = link.figure !== undefined ? resolveFigure(link.figure) : resolve(link.target);
        if (resolution.ok && resolution.target) {
          replacement.push({
            type: 'link',
            url: resolution.target.url,
            children: [{ type: 'text', value: link.label }],
          });
          cursor = link.end;
          continue;
        }
        replacement.push({ type: 'text', value: link.label });
        if (!resolution.ok) {
          // Positions count from the top of the file, frontmatter included.
          const start = node.position?.start;
          const at = start ? positionInText(node.value, link.start, start) : undefined;
          problems.push({
            file: `${contentDir}/${sourceFilePath}`,
            line: at?.line,
            column: at?.column,
            field: 'body',
            message: describeUnresolved({ raw: link.raw, message: resolution.message }),
          });
        }
        cursor = link.end;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });

    if (problems.length > 0) throw new ContentError(problems);
  };
}
