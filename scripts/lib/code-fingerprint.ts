// A hash of the code a cached result depends on: the entry modules bundled with every local module
// they import (data files included), the exact packages (the lockfile), the patches applied to them,
// and any extra text the caller names (an environment variable that changes the output).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { hashText } from '../../lib/build/content-cache';

export async function codeFingerprint(root: string, entryPoints: readonly string[], extra: readonly string[] = []) {
  const bundle = await esbuild({
    entryPoints: entryPoints.map((entry) => path.join(root, entry)),
    bundle: true,
    write: false,
    outdir: 'fingerprint', // never written: several entries need an output folder to be named
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const patchesDir = path.join(root, 'patches');
  const patches = existsSync(patchesDir) ? (await readdir(patchesDir)).sort() : [];
  const parts = [
    ...bundle.outputFiles.map((output) => output.text),
    await readFile(path.join(root, 'package-lock.json'), 'utf8'),
    ...(await Promise.all(patches.map((file) => readFile(path.join(patchesDir, file), 'utf8')))),
    ...extra,
  ];
  return hashText(parts.map((part) => `${part.length}:${part}`).join('\n'));
}
