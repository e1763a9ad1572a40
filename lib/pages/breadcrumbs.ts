// The breadcrumb trails of the question, category, tag and A to Z pages, shared by visible breadcrumbs and BreadcrumbList JSON-LD.
import { tagPath } from '../content/paths';

import { A_Z_PATH, letterPath, type Letter } from './a-z';

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. /categories/sleep. */
  path: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };
export const CATEGORIES_CRUMB: Crumb = { name: 'Categories', path: '/categories' };
export const TAGS_CRUMB: Crumb = { name: 'Topics', path: '/tags' };
export const A_Z_CRUMB: Crumb = { name: 'A to Z', path: A_Z_PATH };

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

/** The A to Z's trail, or one of its letter pages' when the A to Z is split by letter. */
export function azTrail(letter?: Letter): Crumb[] {
  return letter ? [HOME_CRUMB, A_Z_CRUMB, { name: letter.name, path: letterPath(letter) }] : [HOME_CRUMB, A_Z_CRUMB];
}

/** A list's trail on one of its later pages: "Page n" after the list's own crumb. */
export function pagedTrail(trail: readonly Crumb[], page: number, path: string): Crumb[] {
  return page > 1 ? [...trail, { name: `Page ${page}`, path }] : [...trail];
}
