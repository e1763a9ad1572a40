// Pages change only with a deploy, so no route regenerates on a timer (bench:revalidate has the cost
// an hourly regeneration had): every route that declares `revalidate` declares `false`, as a literal
// (Next reads route segment config by static analysis). CDNs refresh hourly through the server's
// CDN policy (runtime/cdn.mjs), tested here and over HTTP in tests/browser/security-headers.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDN_CACHE_CONTROL, cdnCacheControl } from '@/runtime/cdn.mjs';

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

  it('is `false` everywhere: a page is rendered once per deploy', () => {
    for (const { file, value } of declared) expect(value, file).toBe('false');
  });
});

describe('the CDN policy', () => {
  it('lets a CDN keep a never-regenerated answer an hour, then serve it stale a day while it refetches', () => {
    expect(cdnCacheControl('s-maxage=31536000')).toBe(CDN_CACHE_CONTROL);
    expect(CDN_CACHE_CONTROL).toBe('public, s-maxage=3600, stale-while-revalidate=86400');
  });

  it('leaves every other Cache-Control as Next wrote it', () => {
    for (const value of [
      'private, no-cache, no-store, max-age=0, must-revalidate',
      'public, max-age=31536000, immutable',
      's-maxage=60',
      'public, s-maxage=86400',
    ])
      expect(cdnCacheControl(value)).toBe(value);
  });
});
