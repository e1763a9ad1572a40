// The MDX plugins every question body is compiled with, for contentlayer.config.ts and the tests that
// compile bodies the way the build does.
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import type { LinkIndex } from '../content/internal-links';
import { CONTENT_DIR } from '../content/paths';
import { remarkBodySections } from './remark-body-sections';
import { remarkInternalLinks } from './remark-internal-links';
import { remarkSafeMdx } from './safe-mdx';

export function questionMdxOptions(linkIndex: LinkIndex): {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
} {
  return {
    // remarkSafeMdx runs first, on the tree as written: a body with code in it never compiles.
    remarkPlugins: [
      remarkSafeMdx,
      [remarkInternalLinks, { index: linkIndex, contentDir: CONTENT_DIR }],
      remarkBodySections,
    ],
    rehypePlugins: [rehypeSlug],
  };
}
