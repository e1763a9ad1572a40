import { describe, expect, it } from 'vitest';
import { FEEDS, pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, site } from '@/lib/site';

describe('pageMetadata', () => {
  it('gives every page an absolute canonical URL and both feed links', () => {
    const metadata = pageMetadata({ title: 'Sleep', description: 'About sleep.', path: '/categories/sleep' });
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/categories/sleep'));
    expect(metadata.alternates?.types).toEqual({
      [FEEDS.rss.type]: [{ url: absoluteUrl(FEEDS.rss.path), title: FEEDS.rss.title }],
      [FEEDS.atom.type]: [{ url: absoluteUrl(FEEDS.atom.path), title: FEEDS.atom.title }],
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: absoluteUrl('/categories/sleep'),
      siteName: site.name,
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary', title: 'Sleep', description: 'About sleep.' });
  });
  it('shares a question as an article with a large image card', () => {
    const metadata = pageMetadata({
      title: 'Why?',
      description: 'Because.',
      path: '/questions/why',
      article: { publishedTime: '2026-01-01', modifiedTime: '2026-02-01', section: 'Sleep', tags: ['naps'] },
      hasImage: true,
    });
    expect(metadata.openGraph).toMatchObject({ type: 'article', modifiedTime: '2026-02-01', tags: ['naps'] });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });
  it('leaves the home page title to the layout default', () => {
    expect(pageMetadata({ description: 'd', path: '/' })).not.toHaveProperty('title');
  });
});
