// Breadcrumb trails (Home › Category › Question), as data the page renders and structured data can reuse.

export interface Crumb {
  name: string;
  path: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };
export const CATEGORIES_CRUMB: Crumb = { name: 'Categories', path: '/categories' };
export const TAGS_CRUMB: Crumb = { name: 'Topics', path: '/tags' };

interface Titled {
  title: string;
  url: string;
}

export function questionTrail(category: Titled, question: Titled): Crumb[] {
  return [HOME_CRUMB, { name: category.title, path: category.url }, { name: question.title, path: question.url }];
}

/** A list page's trail: Home › (Categories|Topics) › its name, then the page number after page 1. */
export function listTrail(parent: Crumb, list: Crumb, page: number, pagePath: string): Crumb[] {
  const trail = [HOME_CRUMB, parent, list];
  return page > 1 ? [...trail, { name: `Page ${page}`, path: pagePath }] : trail;
}
