// The browser editor's routes (app/**/*.editor.ts(x)) are routed by next dev, and by a build only when
// the editor is configured for GitHub: a reader's build never compiles them.
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nextConfig from '@/next.config';

afterEach(() => vi.unstubAllEnvs());

describe('the editor routes', () => {
  it('are routed in next dev', () => {
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toContain('editor.tsx');
  });

  it('are not routed by a build without the editor configured', () => {
    vi.stubEnv('NEXT_PUBLIC_EDITOR_GITHUB_REPO', '');
    const extensions = nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions ?? [];
    expect(extensions.filter((extension) => extension.includes('editor'))).toEqual([]);
    expect(extensions).toEqual(expect.arrayContaining(['tsx', 'ts']));
  });

  it('are routed by a build configured for GitHub', () => {
    vi.stubEnv('NEXT_PUBLIC_EDITOR_GITHUB_REPO', 'example/health-answers');
    expect(nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions).toContain('editor.ts');
  });
});
