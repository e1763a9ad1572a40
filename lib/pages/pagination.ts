// Pagination for category and tag lists: one page size, page 1 at the list's base route and
// page n at `<base>/page/n`; any other page number is answered 404.

export const PAGE_SIZE = 10;

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The items on `page`, or undefined when that page does not exist. */
export function paginate<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): Paged<T> | undefined {
  const count = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount: count };
}

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/**
 * A `/page/[page]` route segment as a page number. Only 2 and up in canonical form: page 1 lives at
 * the base route, and "02" or "2.0" would duplicate a page under another address.
 */
export function parsePageParam(value: string): number | undefined {
  if (!/^[1-9]\d*$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 2 ? page : undefined;
}
