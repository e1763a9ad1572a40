// Maps MDX elements in question bodies to the site's components.
import type { ComponentProps, ReactNode } from 'react';
import Link from 'next/link';
import { Callout } from './callout';
import type { AllowedComponent } from '@/lib/mdx/allowed-components';
import { InDepthAnswer } from './question/in-depth-answer';
import { WhyThisHappens } from './question/why-this-happens';

function BodySection({ kind, title, children }: { kind: 'in-depth' | 'why'; title: string; children: ReactNode }) {
  return kind === 'why' ? (
    <WhyThisHappens title={title}>{children}</WhyThisHappens>
  ) : (
    <InDepthAnswer title={title}>{children}</InDepthAnswer>
  );
}

function Anchor({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) return <Link href={href} prefetch={false} {...props} />;
  return <a href={href} rel="noopener noreferrer external" {...props} />;
}

// Editors may use only the components listed in lib/mdx/allowed-components.ts (plus Markdown);
// BodySection is inserted by the build, never written by hand.
export const mdxComponents = { BodySection, Callout, a: Anchor } satisfies Record<AllowedComponent, unknown> &
  Record<string, unknown>;
