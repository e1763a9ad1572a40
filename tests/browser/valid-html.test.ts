// Valid HTML: the Nu HTML Checker (the W3C validator's engine) reports no error on any kind of page,
// as served by the built site.
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../helpers/browser';
import { validateHtml } from '../helpers/nu-html-checker';
import { ONE_PAGE_OF_EACH_KIND } from '../helpers/page-kinds';

describe('HTML validity', () => {
  it('has no Nu HTML Checker errors on any kind of page', { timeout: 180_000 }, async () => {
    const documents: Record<string, string> = {};
    for (const page of ONE_PAGE_OF_EACH_KIND) {
      documents[`${page.name} (${page.path})`] = await (await fetch(new URL(page.path, baseUrl()))).text();
    }
    const errors = await validateHtml(documents);
    expect(
      errors.map((error) => `${error.document}:${error.line ?? '?'}: ${error.message} in ${error.extract ?? ''}`),
    ).toEqual([]);
  });

  it('reports an error the checker must catch', { timeout: 60_000 }, async () => {
    const errors = await validateHtml({
      broken:
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><input type="search" role="combobox"></body></html>',
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ document: 'broken', line: 1 });
    expect(errors.every((error) => error.extract?.includes('role="combobox"'))).toBe(true);
  });
});
