/** @type {import('next-sitemap').IConfig} */
module.exports = {
  siteUrl: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  generateRobotsTxt: true,
  // Search results are noindex, and the search index is data for the search box, not a page.
  exclude: ['/search', '/search-index.json'],
};
