// RSS 2.0 and Atom feeds of the latest questions, built with the `feed` package from the slim index.
import { Feed } from 'feed';
import type { CategoryEntry, QuestionEntry } from '../content/types';
import { contentDate, newestContentDate } from '../content/dates';
import { FEEDS } from './metadata';
import { latestQuestions } from '../content/questions';
import { absoluteUrl, site } from '../site';

export const FEED_ITEM_COUNT = 20;

/** The feed of the newest questions (by published date); `questions` must already exclude drafts. */
export function questionFeed(questions: readonly QuestionEntry[], categories: readonly CategoryEntry[]): Feed {
  const latest = latestQuestions(questions, FEED_ITEM_COUNT);
  const categoryTitles = new Map(categories.map((category) => [category.slug, category.title]));
  const newest = newestContentDate(latest);
  const feed = new Feed({
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    title: site.name,
    description: site.description,
    language: site.locale,
    // The newest question's date, so an unchanged feed reads the same after every build.
    ...(newest ? { updated: new Date(newest) } : {}),
    generator: false,
    feedLinks: { rss: absoluteUrl(FEEDS.rss.path), atom: absoluteUrl(FEEDS.atom.path) },
    author: { name: site.name, link: absoluteUrl('/') },
    copyright: site.name,
  });
  for (const question of latest) {
    const url = absoluteUrl(question.url);
    feed.addItem({
      title: question.title,
      id: url,
      link: url,
      description: question.summary,
      date: new Date(contentDate(question)),
      published: new Date(question.published),
      category: [{ name: categoryTitles.get(question.category) ?? question.category }],
    });
  }
  return feed;
}
