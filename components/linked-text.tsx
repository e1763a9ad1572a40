// Frontmatter text with its internal links ([[target]], [[target|text]]) rendered as real links.
import Link from 'next/link';
import { resolveInternalLink } from '@/lib/content';
import { linkSegments } from '@/lib/internal-links';

export function LinkedText({ text }: { text: string }) {
  const segments = linkSegments(text, resolveInternalLink);
  if (segments.length === 1 && segments[0].kind === 'text') return segments[0].text;
  return segments.map((segment, i) =>
    segment.kind === 'link' ? (
      <Link key={i} href={segment.href} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
        {segment.text}
      </Link>
    ) : (
      segment.text
    ),
  );
}
