// Renders a question's compiled MDX body (its in-depth and why-this-happens sections).
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from '../mdx-components';

export function QuestionBody({ code }: { code: string }) {
  // A server component renders once per request, so the compiled body is evaluated and called
  // directly rather than mounted as a component created during render.
  const renderBody = getMDXComponent(code);
  return renderBody({ components: mdxComponents });
}
