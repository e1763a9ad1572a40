import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_ITEM_COUNT, questionFeed } from '@/lib/seo/feeds';
import { absoluteUrl } from '@/lib/site';
import { entry } from '../helpers/entries';

const categories = [{ slug: 'sleep', url: '/categories/sleep', title: 'Sleep', description: 'd' }];
const questions = Array.from({ length: FEED_ITEM_COUNT + 5 }, (_, i) =>
  entry(`q-${String(i).padStart(2, '0')}`, {
    title: `Question ${i} & <friends>`,
    category: 'sleep',
    published: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    updated: new Date(Date.UTC(2026, 0, 2 + i)).toISOString(),
  }),
);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });

describe('questionFeed', () => {
  const feed = questionFeed(questions, categories);
  const newestFirst = [...questions].reverse().slice(0, FEED_ITEM_COUNT);

  it('writes RSS 2.0 with the newest questions, newest first, with their own dates', () => {
    const rss = feed.rss2();
    expect(XMLValidator.validate(rss)).toBe(true);
    const channel = parser.parse(rss).rss.channel;
    expect(channel.item.map((item: { link: string }) => item.link)).toEqual(newestFirst.map((q) => absoluteUrl(q.url)));
    expect(channel.item[0].title).toBe(newestFirst[0].title);
    expect(channel.item[0].category).toBe('Sleep');
    expect(new Date(channel.item[0].pubDate).toISOString()).toBe(newestFirst[0].published);
    expect(new Date(channel.lastBuildDate).toISOString()).toBe(newestFirst[0].updated);
  });

  it('writes Atom with the same entries, each updated when its content changed', () => {
    const atom = feed.atom1();
    expect(XMLValidator.validate(atom)).toBe(true);
    const entries = parser.parse(atom).feed.entry;
    expect(entries.map((e: { id: string }) => e.id)).toEqual(newestFirst.map((q) => absoluteUrl(q.url)));
    expect(entries.map((e: { updated: string }) => e.updated)).toEqual(newestFirst.map((q) => q.updated));
  });
});
