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

describe('the policy next.config.ts gives pages', () => {
  async function policies(phase: string) {
    const rules = (await nextConfig(phase).headers!()) as {
      source: string;
      headers: { key: string; value: string }[];
    }[];
    const policy = (source: string) =>
      rules
        .filter((rule) => rule.source === source)
        .flatMap((rule) => rule.headers)
        .find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
    return { page: policy('/:path*'), editor: policy('/keystatic/:path*') };
  }

  it('lets Next’s dev runtime, and the editor on it, run in next dev (NODE_ENV is not set yet when it loads)', async () => {
    vi.stubEnv('NODE_ENV', 'test');
    const { page, editor } = await policies(PHASE_DEVELOPMENT_SERVER);
    for (const policy of [page, editor]) expect(policy).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval'/);
  });

  it('allows no inline script in a build, on pages or in the editor', async () => {
    const { page, editor } = await policies(PHASE_PRODUCTION_BUILD);
    for (const policy of [page, editor]) expect(policy).toMatch(/script-src 'self';/);
  });
});
