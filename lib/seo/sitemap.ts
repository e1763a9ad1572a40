// What the sitemap lists and the content date of each page, computed once per build from the slim
// index. next-sitemap.config.cjs loads this module: its transform keeps only the prerendered routes
// known here, and its additionalPaths adds the pages Next did not prerender (served by ISR).
import type { ContentIndex } from '../content/types';
import { contentDate, newestContentDate } from '../content/dates';
import { visibleQuestions } from '../content/questions';
import { slugFromParam, slugSegment } from '../content/slug';
import { tagPath } from '../content/paths';
import { A_Z_PATH, groupByLetter, isSinglePage, letterPath } from '../pages/a-z';
import { POLICY_PAGES } from '../pages/policy-pages';
import { site } from '../site';

export interface SitemapEntry {
  /** Site-relative path, e.g. /questions/why-do-my-muscles-twitch-after-a-workout. */
  path: string;
  /** ISO date of the newest content shown on the page; absent for a page with no content yet. */
  lastmod?: string;
}

/** Pages that must never be listed, whatever the build prerendered (search results, feedback answers). */
export const SITEMAP_EXCLUDE = ['/search', '/search/*', '/feedback', '/feedback/*'];

/** A sitemap file holds at most this many URLs; past it next-sitemap writes a sitemap index. */
export const SITEMAP_MAX_URLS = 5000;

const INDEX_PAGES = ['/', '/categories', '/tags', A_Z_PATH];

/** The site's statements about itself: the editorial policy (no recorded date), privacy and accessibility. */
const STATEMENT_PAGES: SitemapEntry[] = [
  { path: site.editorialPolicyPath },
  ...Object.values(POLICY_PAGES).map(({ path, updated }) => ({ path, lastmod: updated })),
];

/** Every page a reader can reach: index pages, categories, tags and published questions. */
export function sitemapEntries(index: ContentIndex): SitemapEntry[] {
  const questions = visibleQuestions(index.questions, { includeDrafts: false });
  const byCategory = new Map<string, string>();
  const byTag = new Map<string, string>();
  const newer = (dates: Map<string, string>, key: string, date: string) => {
    const current = dates.get(key);
    if (current === undefined || date > current) dates.set(key, date);
  };
  for (const question of questions) {
    const date = contentDate(question);
    newer(byCategory, question.category, date);
    for (const tag of question.tags) newer(byTag, tag.slug, date);
  }
  const newest = newestContentDate(questions);
  return [
    ...INDEX_PAGES.map((path) => withLastmod(path, newest)),
    ...STATEMENT_PAGES,
    ...index.categories.map((category) => withLastmod(category.url, byCategory.get(category.slug))),
    ...[...byTag].map(([slug, date]) => withLastmod(tagPath(slug), date)),
    // A large A to Z has a page per letter (lib/pages/a-z.ts); a small one is the single /a-z page.
    ...(isSinglePage(questions.length)
      ? []
      : groupByLetter(questions).map((group) =>
          withLastmod(
            letterPath(group.letter),
            newestContentDate(group.subjects.flatMap((subject) => subject.questions)),
          ),
        )),
    ...questions.map((question) => withLastmod(question.url, contentDate(question))),
  ];
}

function withLastmod(path: string, lastmod: string | undefined): SitemapEntry {
  return lastmod ? { path, lastmod } : { path };
}

export interface SitemapPlan {
  entries: SitemapEntry[];
  /** The entry for a prerendered path, or undefined when the sitemap must leave it out. */
  lookup(path: string): SitemapEntry | undefined;
  /** Every path the sitemap will list, given the routes the build prerendered. */
  allPaths(prerendered: Iterable<string>): SitemapEntry[];
}

const PAGINATED = /^(.*)\/page\/(\d+)$/;

/** A route as Next lists it ("/tags/café") in the percent-encoded form the sitemap lists ("/tags/caf%C3%A9"). */
function encodedPath(route: string): string {
  return route
    .split('/')
    .map((segment) => slugSegment(slugFromParam(segment)))
    .join('/');
}

export function sitemapPlan(index: ContentIndex): SitemapPlan {
  const entries = sitemapEntries(index);
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const lookup = (route: string): SitemapEntry | undefined => {
    const path = encodedPath(route);
    const known = byPath.get(path);
    if (known) return known;
    // Page 2+ of a listing is only ever prerendered when it exists; it shares the listing's date.
    const paginated = PAGINATED.exec(path);
    if (paginated && Number(paginated[2]) >= 2) {
      const listing = byPath.get(paginated[1] || '/');
      if (listing) return withLastmod(path, listing.lastmod);
    }
    return undefined;
  };
  return {
    entries,
    lookup,
    allPaths(prerendered) {
      const all = new Map(byPath);
      for (const path of prerendered) {
        const entry = lookup(path);
        if (entry && !all.has(entry.path)) all.set(entry.path, entry);
      }
      return [...all.values()];
    },
  };
}

/** next-sitemap always writes a `Host:` line, which only Yandex ever read and Google flags: drop it. */
export function robotsWithoutHost(robotsTxt: string): string {
  return robotsTxt
    .split('\n')
    .filter((line) => !/^host:/i.test(line) && line !== '# Host')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
