// The site's statements about itself, each with the day it last changed: the page shows that day and
// the sitemap gives it as the page's lastmod. Change the day whenever the statement's text changes.

export const POLICY_PAGES = {
  privacy: { path: '/privacy', title: 'Privacy notice', updated: '2026-12-07' },
  accessibility: { path: '/accessibility', title: 'Accessibility statement', updated: '2026-12-07' },
} as const;
