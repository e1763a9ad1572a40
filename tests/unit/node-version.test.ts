// The Node.js version is pinned once, in .nvmrc; everything else that names a Node version must
// derive from it: the Dockerfile's stages, the workflow, `engines`, `@types/node`, and the Node
// these tests run on (scripts/with-node.sh puts it first on PATH).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(file, 'utf8');
const pinned = read('.nvmrc').trim();
const major = pinned.split('.')[0];
const manifest = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('the Node.js version', () => {
  it('is pinned to an exact release in .nvmrc', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one these tests run on', () => {
    expect(process.versions.node.split('.')[0]).toBe(major);
  });

  it('is what package.json asks for and types against', () => {
    expect(manifest.engines.node).toBe(`>=${major}`);
    expect(manifest.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${major}\\.`));
  });

  it('is read from .nvmrc by every Dockerfile stage', () => {
    const images = [...read('Dockerfile').matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1]);
    expect(images).toHaveLength(3);
    for (const image of images) expect(image).toBe('node:${NODE_VERSION:?}-bookworm-slim');
  });

  it('is read from .nvmrc by the pull-request workflow', () => {
    const workflow = read('.github/workflows/pull-request.yml');
    expect(workflow).toContain('node-version-file: .nvmrc');
    expect(workflow).not.toMatch(/node-version:/);
  });
});
