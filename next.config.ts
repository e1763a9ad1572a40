import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { alreadyTypeChecked } from './lib/build/type-check';
import { editorContentSecurityPolicy, securityHeaders } from './lib/http/security-headers';
import { CDN_STALE_SECONDS } from './runtime/cdn.mjs';
import { buildSettings } from './lib/settings';

/** The commit this build was made from, for /api/health; `unknown` outside a git checkout. */
function buildCommit(): string {
  const fromEnv = process.env.BUILD_COMMIT?.trim();
  if (fromEnv && /^[0-9a-f]{7,40}$/.test(fromEnv)) return fromEnv;
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /^[0-9a-f]{40}$/.test(head.trim()) ? head.trim() : 'unknown';
  } catch {
    return 'unknown';
  }
}

export default function nextConfig(phase: string): NextConfig {
  const settings = buildSettings(process.env);
  // From the phase, not NODE_ENV, which `next dev` has not set yet when it loads this file: the
  // development policy lets Next's dev runtime (and the browser editor on it) run.
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    // The browser editor's routes (app/**/*.editor.ts(x): /keystatic) exist in `next dev`, and in a build
    // only when the editor is configured for GitHub: readers' builds hold none of its code.
    pageExtensions:
      phase === PHASE_DEVELOPMENT_SERVER || process.env.NEXT_PUBLIC_EDITOR_GITHUB_REPO
        ? ['editor.tsx', 'editor.ts', 'tsx', 'ts']
        : ['tsx', 'ts'],
    // next dev serves its scripts to pages opened on localhost only; the tests and Keystatic's GitHub
    // sign-in open 127.0.0.1.
    allowedDevOrigins: ['127.0.0.1'],
    reactStrictMode: true,
    // A self-contained server (.next/standalone) for containers; `npm start` runs it too.
    output: 'standalone',
    // Pages read the slim index and their own generated document from disk at render time. The
    // documents are not traced here: scripts/prepare-standalone.ts hard-links them into the standalone
    // folder, which is far cheaper than Next copying them (docs/build-performance.md).
    outputFileTracingIncludes: {
      '/**': ['./.content/index.json'],
      '/search': ['./.content/search-index.json'],
    },
    // Fixed when the site is built: every `process.env` read of these in the compiled site becomes
    // the build's value, so pages rendered at run time agree with the prerendered ones, the feeds and
    // the sitemap. Next records them in .next/required-server-files.json.
    env: { BUILD_COMMIT: buildCommit(), ...settings },
    typescript: {
      // A build skips the type check only when exactly this code was already checked (scripts/type-check.ts,
      // which `npm run build` runs beside the content indexes); otherwise `next build` checks.
      ignoreBuildErrors: phase === PHASE_PRODUCTION_BUILD && alreadyTypeChecked(process.cwd()),
      // The build checks the code it ships (app, components, lib, data, proxy, instrumentation); tests
      // and scripts are checked by `npm run typecheck` in `npm test` (docs/build-performance.md has the
      // cost of checking them in the build).
      tsconfigPath: 'tsconfig.build.json',
    },
    // next dev writes and keeps re-adding an AGENTS.md (agent rules, upgrade reminders) to the project:
    // in an editor's checkout it would ride along into their pull request. Off.
    agentRules: false,
    experimental: {
      agentUpgrade: false,
      agentFeedback: false,
      // Prerendering runs in worker processes while the main one waits: Next's default of one core
      // fewer than the machine has leaves half of a 2-core machine idle.
      cpus: os.availableParallelism(),
    },
    // The production server compresses (runtime/pipeline.mjs), after it has removed the client runtime
    // from pages; Next compressing first would leave it nothing to remove.
    compress: false,
    // Loaded from node_modules at run time, as runtime/start.mjs loads them: one copy per process.
    serverExternalPackages: ['pino', 'compression', '@opentelemetry/api', '@opentelemetry/sdk-trace'],
    // Shared ISR cache in Redis when REDIS_URL is set, Next's file-system cache otherwise (decided at
    // run time, so one image serves both). The handler keeps its own local memory tier, so Next's
    // per-instance copy is switched off as the docs advise for shared caches.
    cacheHandler: path.resolve('runtime/cache-handler.mjs'),
    cacheMaxMemorySize: 0,
    // How long a CDN may serve a stale page while revalidating (the `stale-while-revalidate` window).
    expireTime: CDN_STALE_SECONDS,
    async headers() {
      const https = settings.SITE_URL.startsWith('https://');
      const editorPolicy = [{ key: 'Content-Security-Policy', value: editorContentSecurityPolicy({ dev, https }) }];
      return [
        { source: '/:path*', headers: securityHeaders({ dev, https }) },
        // Later rules win for the same header: the editor's pages get its policy.
        { source: '/keystatic', headers: editorPolicy },
        { source: '/keystatic/:path*', headers: editorPolicy },
      ];
    },
  };
}
