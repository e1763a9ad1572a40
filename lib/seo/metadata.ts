// Page metadata built in one place: canonical URL, feed links, Open Graph and Twitter cards.
// Next merges metadata shallowly (a page's `alternates` or `openGraph` replaces the layout's whole
// object), so every page takes all of them from here rather than relying on the layout.
import type { Metadata } from 'next';
import { absoluteUrl, site } from '../site';

export const FEEDS = {
  rss: { path: '/feed.xml', type: 'application/rss+xml', title: `${site.name} (RSS)` },
  atom: { path: '/atom.xml', type: 'application/atom+xml', title: `${site.name} (Atom)` },
} as const;

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/** The <link rel="alternate"> entries for the feeds, for every page's head. */
export function feedLinks(): AlternateTypes {
  return Object.fromEntries(
    Object.values(FEEDS).map((feed) => [feed.type, [{ url: absoluteUrl(feed.path), title: feed.title }]]),
  );
}

export interface PageMetadataInput {
  /** Page title, put through the layout's template; leave out for the home page. */
  title?: string;
  description: string;
  path: string;
  /** For a question: its dates, category and tags, shared as an Open Graph article. */
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: readonly string[] };
  /** True when the route has its own generated Open Graph image (a large card). */
  hasImage?: boolean;
}

export function pageMetadata({ title, description, path, article, hasImage = false }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const shareTitle = title ?? site.name;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, types: feedLinks() },
    openGraph: {
      url,
      title: shareTitle,
      description,
      siteName: site.name,
      locale: site.locale,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime,
            modifiedTime: article.modifiedTime,
            section: article.section,
            tags: [...article.tags],
          }
        : { type: 'website' }),
    },
    twitter: { card: hasImage ? 'summary_large_image' : 'summary', title: shareTitle, description },
  };
}
