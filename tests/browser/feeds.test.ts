// The built RSS and Atom feeds parse as XML and carry one item per recent published question.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_ITEM_COUNT } from '@/lib/seo/feeds';
import { FEEDS } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';
import { baseUrl } from '../helpers/browser';
import { publishedQuestions } from '../helpers/content-index';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });

/** The newest published questions by published date (ties by title), as the feed must list them. */
function recentQuestions() {
  return publishedQuestions()
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title))
    .slice(0, FEED_ITEM_COUNT);
}

async function fetchFeed(path: string, type: string): Promise<string> {
  const response = await fetch(new URL(path, baseUrl()));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain(type);
  const body = await response.text();
  expect(XMLValidator.validate(body)).toBe(true);
  return body;
}

describe('feeds', () => {
  it('RSS 2.0 has one item per recent question, newest first', async () => {
    const rss = parser.parse(await fetchFeed(FEEDS.rss.path, FEEDS.rss.type)).rss;
    expect(rss['@_version']).toBe('2.0');
    const items: { title: string; link: string; description: string }[] = rss.channel.item;
    const recent = recentQuestions();
    expect(items.map((item) => item.link)).toEqual(recent.map((q) => absoluteUrl(q.url)));
    expect(items.map((item) => item.title)).toEqual(recent.map((q) => q.title));
    expect(items.map((item) => item.description)).toEqual(recent.map((q) => q.summary));
  });

  it('Atom has the same entries, each with its updated date', async () => {
    const feed = parser.parse(await fetchFeed(FEEDS.atom.path, FEEDS.atom.type)).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries: { id: string; updated: string }[] = feed.entry;
    const recent = recentQuestions();
    expect(entries.map((entry) => entry.id)).toEqual(recent.map((q) => absoluteUrl(q.url)));
    for (const [i, entry] of entries.entries())
      expect(entry.updated).toBe(recent[i].updated > recent[i].published ? recent[i].updated : recent[i].published);
  });
});
