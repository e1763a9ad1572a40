// Frontmatter text with its internal links ([[target]], [[target|text]]) rendered as real links.
import Link from 'next/link';
import { resolveInternalLink } from '@/lib/content/store';
import { linkSegments } from '@/lib/content/internal-links';

export function LinkedText({ text }: { text: string }) {
  const segments = linkSegments(text, resolveInternalLink);
  if (segments.length === 1 && segments[0].kind === 'text') return segments[0].text;
  return segments.map((segment, i) =>
    segment.kind === 'link' ? (
      <Link
        key={i}
        href={segment.href}
        // Links inside the text are read past far more often than followed: no prefetch as they scroll by.
        prefetch={false}
        className="text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40"
      >
        {segment.text}
      </Link>
    ) : (
      segment.text
    ),
  );
}
