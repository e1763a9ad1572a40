// Readers never pay for the browser editor: a build made without the editor configured has no
// /keystatic page, no editor API and none of the editor's code (Keystatic) in what it serves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../helpers/browser';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name));
}

describe('the production build, without the editor configured', () => {
  it.each(['/keystatic', '/keystatic/collection/questions/create', '/api/keystatic/tree'])(
    '%s is not found',
    async (address) => {
      const response = await fetch(new URL(address, baseUrl()), { headers: { 'no-cors': '1' } });
      expect(response.status).toBe(404);
    },
  );

  it("holds none of the editor's code", () => {
    const routes = JSON.parse(readFileSync('.next/app-path-routes-manifest.json', 'utf8')) as Record<string, string>;
    expect(Object.values(routes).filter((route) => route.includes('keystatic'))).toEqual([]);
    const scripts = filesUnder('.next/static').filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => readFileSync(file, 'utf8').includes('@keystatic'))).toEqual([]);
    expect(existsSync('.next/standalone/node_modules/@keystatic')).toBe(false);
  });
});
