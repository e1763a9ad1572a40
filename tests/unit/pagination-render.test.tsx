import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/pagination';

function links(markup: string): { rel?: string; label?: string; href: string; text: string }[] {
  return [...markup.matchAll(/<a([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
    rel: /rel="([^"]*)"/.exec(attributes)?.[1],
    label: /aria-label="([^"]*)"/.exec(attributes)?.[1],
    href: /href="([^"]*)"/.exec(attributes)![1],
    text,
  }));
}

describe('<Pagination>', () => {
  it('links the previous page (page 1 at the base route), every page and the next page', () => {
    const markup = renderToStaticMarkup(<Pagination basePath="/tags/sleep" page={2} pageCount={3} />);
    expect(links(markup)).toEqual([
      { rel: 'prev', label: undefined, href: '/tags/sleep', text: '← Previous' },
      { rel: undefined, label: 'Page 1', href: '/tags/sleep', text: '1' },
      { rel: undefined, label: 'Page 3', href: '/tags/sleep/page/3', text: '3' },
      { rel: 'next', label: undefined, href: '/tags/sleep/page/3', text: 'Next →' },
    ]);
    expect(markup).toContain('<span aria-current="page"');
  });
  it('has no previous link on the first page, no next link on the last, and nothing for one page', () => {
    expect(links(renderToStaticMarkup(<Pagination basePath="/c" page={1} pageCount={2} />)).map((l) => l.rel)).toEqual([
      undefined,
      'next',
    ]);
    expect(links(renderToStaticMarkup(<Pagination basePath="/c" page={2} pageCount={2} />)).map((l) => l.rel)).toEqual([
      'prev',
      undefined,
    ]);
    expect(renderToStaticMarkup(<Pagination basePath="/c" page={1} pageCount={1} />)).toBe('');
  });
});
