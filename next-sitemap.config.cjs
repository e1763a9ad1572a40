// next-sitemap, run after `next build`: lists every published page with its content date, read from
// the slim index (.content/index.json). The page set, dates and base URL come from lib/seo/sitemap.ts and
// lib/site.ts (loaded through tsx), so the sitemap, canonical links and JSON-LD share one SITE_URL.
/* eslint-disable @typescript-eslint/no-require-imports -- next-sitemap loads this file as CommonJS */
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { require: tsxRequire } = require('tsx/cjs/api');

const { site } = tsxRequire('./lib/site.ts', __filename);
const { CONTENT_INDEX_PATH } = tsxRequire('./lib/content/paths.ts', __filename);
const { SITEMAP_EXCLUDE, SITEMAP_MAX_URLS, robotsWithoutHost, sitemapPlan } = tsxRequire(
  './lib/seo/sitemap.ts',
  __filename,
);

const readJson = (file) => JSON.parse(readFileSync(path.resolve(file), 'utf8'));

/** The slim index, or one line saying what to run and exit 1 (never a stack trace). */
function readContentIndex() {
  try {
    return readJson(CONTENT_INDEX_PATH);
  } catch (error) {
    console.error(`Sitemap: cannot read ${CONTENT_INDEX_PATH} (${error.message}); run \`npm run content\` first.`);
    process.exit(1);
  }
}
const plan = sitemapPlan(readContentIndex());
const prerenderManifest = '.next/prerender-manifest.json';
const prerendered = existsSync(prerenderManifest) ? Object.keys(readJson(prerenderManifest).routes) : [];
const field = ({ path: loc, lastmod }) => (lastmod ? { loc, lastmod } : { loc });

/** @type {import('next-sitemap').IConfig} */
module.exports = {
  siteUrl: site.url,
  sitemapSize: SITEMAP_MAX_URLS,
  // One plain sitemap until it outgrows a file, then a sitemap index over numbered files.
  generateIndexSitemap: plan.allPaths(prerendered).length > SITEMAP_MAX_URLS,
  autoLastmod: false,
  exclude: SITEMAP_EXCLUDE,
  // Routes Next prerendered: keep the pages the index knows (with their content date), drop the rest
  // (feeds, Open Graph images, the 404 page, anything unpublished).
  transform: (_config, routePath) => {
    const entry = plan.lookup(routePath);
    return entry ? field(entry) : undefined;
  },
  // Published pages that were not prerendered are still listed.
  additionalPaths: () => plan.entries.map(field),
  generateRobotsTxt: true,
  robotsTxtOptions: {
    policies: [{ userAgent: '*', allow: '/' }],
    transformRobotsTxt: async (_config, robotsTxt) => robotsWithoutHost(robotsTxt),
  },
};
