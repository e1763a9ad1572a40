import { describe, expect, it } from 'vitest';
import { pageHref, paginate, parsePageParam } from '@/lib/pages/pagination';

const items = Array.from({ length: 23 }, (_, i) => i);

describe('pagination', () => {
  it('splits a list into pages and answers nothing for a page out of range', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 10)?.items).toEqual([20, 21, 22]);
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
  it('keeps page 1 at the base route', () => {
    expect(pageHref('/tags/sleep', 1)).toBe('/tags/sleep');
    expect(pageHref('/tags/sleep', 2)).toBe('/tags/sleep/page/2');
  });
  it('accepts only canonical page numbers from 2 up in a /page/ segment', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const value of ['1', '0', '02', '2.0', 'abc', '-3', '']) expect(parsePageParam(value), value).toBeUndefined();
  });
});
