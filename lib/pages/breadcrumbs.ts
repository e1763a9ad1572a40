// The breadcrumb trails of the question, category and tag pages, shared by visible breadcrumbs and BreadcrumbList JSON-LD.
import { tagPath } from '../content/slug';

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. /categories/sleep. */
  path: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };
export const CATEGORIES_CRUMB: Crumb = { name: 'Categories', path: '/categories' };
export const TAGS_CRUMB: Crumb = { name: 'Topics', path: '/tags' };

export function questionTrail(
  category: { title: string; url: string },
  question: { title: string; url: string },
): Crumb[] {
  return [HOME_CRUMB, { name: category.title, path: category.url }, { name: question.title, path: question.url }];
}

export function categoryTrail(category: { title: string; url: string }): Crumb[] {
  return [HOME_CRUMB, CATEGORIES_CRUMB, { name: category.title, path: category.url }];
}

export function tagTrail(tag: { name: string; slug: string }): Crumb[] {
  return [HOME_CRUMB, TAGS_CRUMB, { name: tag.name, path: tagPath(tag.slug) }];
}

/** A list's trail on one of its later pages: "Page n" after the list's own crumb. */
export function pagedTrail(trail: readonly Crumb[], page: number, path: string): Crumb[] {
  return page > 1 ? [...trail, { name: `Page ${page}`, path }] : [...trail];
}
