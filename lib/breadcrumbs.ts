// The breadcrumb trails of the question, category and tag pages, shared by visible breadcrumbs and BreadcrumbList JSON-LD.

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. /categories/sleep. */
  path: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };

export function questionTrail(
  category: { title: string; url: string },
  question: { title: string; url: string },
): Crumb[] {
  return [HOME_CRUMB, { name: category.title, path: category.url }, { name: question.title, path: question.url }];
}

export function categoryTrail(category: { title: string; url: string }): Crumb[] {
  return [HOME_CRUMB, { name: 'Categories', path: '/categories' }, { name: category.title, path: category.url }];
}

export function tagTrail(tag: { name: string; slug: string }): Crumb[] {
  return [HOME_CRUMB, { name: 'Topics', path: '/tags' }, { name: tag.name, path: `/tags/${tag.slug}` }];
}
