// Next reads `export const revalidate` by static analysis, so each route must write it as a number
// literal (https://nextjs.org/docs/14/app/api-reference/file-conventions/route-segment-config: "The
// values of the config options currently need be statically analyzable"). This test keeps every
// literal equal to the one shared value, site.revalidateSeconds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '@/lib/site';

const routeFiles = readdirSync('app', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file))
  .map((file) => path.join('app', file));

const declared = routeFiles.flatMap((file) => {
  const match = /^export const revalidate\s*=\s*(.+?);?$/m.exec(readFileSync(file, 'utf8'));
  return match ? [{ file, value: match[1] }] : [];
});

describe('ISR revalidation', () => {
  it('is declared by the root layout and the feeds, question, category and tag routes', () => {
    const files = declared.map(({ file }) => file.split(path.sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        'app/layout.tsx',
        'app/questions/[slug]/page.tsx',
        'app/categories/[category]/page.tsx',
        'app/tags/[tag]/page.tsx',
        'app/feed.xml/route.ts',
        'app/atom.xml/route.ts',
      ]),
    );
  });

  it('is the same number literal, site.revalidateSeconds, in every route that declares it', () => {
    for (const { file, value } of declared) expect(value, file).toBe(String(site.revalidateSeconds));
  });
});
