// What decides whether `npm run build` may skip Next's type check (lib/build/type-check.ts): the
// fingerprint changes with every file the check reads, and only with those.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alreadyTypeChecked,
  recordedTypeCheck,
  recordTypeCheck,
  typeCheckFingerprint,
  typeCheckInputs,
} from '@/lib/build/type-check';

let root: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'type-check-'));
  write('tsconfig.json', '{}');
  write('package-lock.json', '{"lockfileVersion":3}');
  write('app/page.tsx', 'export default function Page() { return null; }');
  write('lib/site.ts', 'export const name = "x";');
  write('runtime/page-cache/policy.mjs', 'export const a = 1;');
  write('patches/@contentlayer2+core+0.5.8.patch', 'diff');
  write('.contentlayer/generated/types.d.ts', 'export type Question = { title: string };');
  write('.contentlayer/generated/Question/a.json', '{"title":"A"}');
  write('content/questions/a.mdx', '---\ntitle: A\n---\nBody');
  write('node_modules/x/index.d.ts', 'export {};');
  write('.next/types/routes.d.ts', 'export {};');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the type check fingerprint', () => {
  it('reads the sources, configs, lockfile, patches and generated declarations, not content or builds', () => {
    expect(typeCheckInputs(root)).toEqual([
      '.contentlayer/generated/types.d.ts',
      'app/page.tsx',
      'lib/site.ts',
      'package-lock.json',
      'patches/@contentlayer2+core+0.5.8.patch',
      'runtime/page-cache/policy.mjs',
      'tsconfig.json',
    ]);
  });

  it.each([
    ['a page', 'app/page.tsx', 'export default function Page() { return 1; }'],
    ['a library module', 'lib/site.ts', 'export const name = 1;'],
    ['a JavaScript module TypeScript imports', 'runtime/page-cache/policy.mjs', 'export const a = "1";'],
    ['a new source file', 'components/new.tsx', 'export const x: number = "y";'],
    ['the document types', '.contentlayer/generated/types.d.ts', 'export type Question = { title: number };'],
    ['the lockfile', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ['a patch', 'patches/@contentlayer2+core+0.5.8.patch', 'diff 2'],
    ['the TypeScript config', 'tsconfig.json', '{"compilerOptions":{"strict":false}}'],
  ])('changes with %s', (_name, file, text) => {
    const before = typeCheckFingerprint(root);
    write(file, text);
    expect(typeCheckFingerprint(root)).not.toBe(before);
  });

  it('stays the same when only content or build output changes', () => {
    const before = typeCheckFingerprint(root);
    write('content/questions/a.mdx', '---\ntitle: Changed\n---\nNew body');
    write('content/questions/b.mdx', '---\ntitle: B\n---\nBody');
    write('.contentlayer/generated/Question/a.json', '{"title":"Changed"}');
    write('.next/types/routes.d.ts', 'export type X = 1;');
    // Next writes this on its first build.
    write('next-env.d.ts', '/// <reference types="next" />');
    expect(typeCheckFingerprint(root)).toBe(before);
  });

  it('is recorded after a successful check and matches only the code that was checked', () => {
    expect(recordedTypeCheck(root)).toBeUndefined();
    recordTypeCheck(root, typeCheckFingerprint(root));
    expect(recordedTypeCheck(root)).toBe(typeCheckFingerprint(root));
    write('lib/site.ts', 'export const name: number = "x";');
    expect(recordedTypeCheck(root)).not.toBe(typeCheckFingerprint(root));
  });

  it('lets a build skip its check only for exactly the code that was checked', () => {
    expect(alreadyTypeChecked(root)).toBe(false);
    recordTypeCheck(root, typeCheckFingerprint(root));
    expect(alreadyTypeChecked(root)).toBe(true);
    write('tsconfig.build.json', '{"extends": "./tsconfig.json"}');
    expect(alreadyTypeChecked(root)).toBe(false);
  });
});
