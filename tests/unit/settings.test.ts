// The build-time settings (lib/settings.ts) and the start-up warning when a run sets them differently
// (runtime/settings.mjs); .env.example and the Dockerfile against what the code reads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILD_SETTINGS,
  buildSettings,
  DEFAULT_CORRECTIONS_EMAIL,
  DEFAULT_PRERENDER_LIMIT,
  DEFAULT_SITE_URL,
  prerenderLimitSetting,
  siteUrlSetting,
} from '@/lib/settings';
import { buildSettingWarnings, runSettings } from '../../runtime/settings.mjs';

describe('build-time settings', () => {
  it('fall back to their defaults when unset or blank (a Docker build argument left empty)', () => {
    const defaults = {
      SITE_URL: DEFAULT_SITE_URL,
      CORRECTIONS_EMAIL: DEFAULT_CORRECTIONS_EMAIL,
      PRERENDER_LIMIT: String(DEFAULT_PRERENDER_LIMIT),
    };
    expect(buildSettings({})).toEqual(defaults);
    expect(buildSettings({ SITE_URL: ' ', CORRECTIONS_EMAIL: '', PRERENDER_LIMIT: '' })).toEqual(defaults);
  });

  it('take the site address without its trailing slash, and refuse one that is not http(s)', () => {
    expect(siteUrlSetting(' https://health.example.org/ ')).toBe('https://health.example.org');
    expect(() => siteUrlSetting('health.example.org')).toThrow(/SITE_URL/);
  });

  it('take a prerender limit of 0 or more', () => {
    expect(prerenderLimitSetting('0')).toBe(0);
    expect(prerenderLimitSetting('12')).toBe(12);
    expect(prerenderLimitSetting('-1')).toBe(DEFAULT_PRERENDER_LIMIT);
    expect(prerenderLimitSetting('many')).toBe(DEFAULT_PRERENDER_LIMIT);
  });
});

describe('the start-up check of build-time settings', () => {
  const built = buildSettings({ SITE_URL: 'https://health.example.org' });

  it('is silent when the run sets nothing, or the same values', () => {
    expect(buildSettingWarnings(built, {})).toEqual([]);
    expect(buildSettingWarnings(built, { SITE_URL: 'https://health.example.org/', PRERENDER_LIMIT: '' })).toEqual([]);
  });

  it('names each setting the run sets differently, and the value the build keeps', () => {
    const warnings = buildSettingWarnings(built, { SITE_URL: 'https://other.example.org', CORRECTIONS_EMAIL: 'x@y.z' });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('SITE_URL=https://health.example.org, not the https://other.example.org');
    expect(warnings[1]).toContain(`CORRECTIONS_EMAIL=${DEFAULT_CORRECTIONS_EMAIL}`);
  });
});

describe('the run-time settings', () => {
  it('start with the defaults when nothing is set', () => {
    const settings = runSettings({});
    expect(settings.pageCache?.maxBytes).toBe(64 * 1024 * 1024);
    expect([settings.logLevel, settings.shutdownSeconds]).toEqual(['info', 8]);
  });

  it('refuse to start with one message naming every variable that cannot be used', () => {
    const start = () =>
      runSettings({
        PAGE_CACHE_MB: 'lots',
        LOG_LEVEL: 'verbose',
        SHUTDOWN_TIMEOUT_SECONDS: '-1',
        REDIS_URL: 'cache:6379',
        FEEDBACK_REDIS_URL: 'http://cache',
      });
    expect(start).toThrow(
      /PAGE_CACHE_MB[\s\S]*LOG_LEVEL[\s\S]*SHUTDOWN_TIMEOUT_SECONDS[\s\S]*REDIS_URL[\s\S]*FEEDBACK_REDIS_URL/,
    );
  });

  it('take a password and TLS in a Redis address, and switch the page cache off with 0', () => {
    expect(() => runSettings({ REDIS_URL: 'rediss://:s3cret@cache.example.org:6380' })).not.toThrow();
    expect(runSettings({ PAGE_CACHE_MB: '0' }).pageCache).toBeUndefined();
  });
});

describe('the documented settings', () => {
  const example = readFileSync('.env.example', 'utf8');
  const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]));

  it('.env.example lists every variable the site and its build read', () => {
    // Everything the site, its server and its build run (not the tests and tools, which document their own).
    const files = [
      'next.config.ts',
      'instrumentation.ts',
      'scripts/lib/chromium.ts',
      ...['app', 'lib', 'runtime'].flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((name) => /\.(ts|tsx|mjs)$/.test(name) && !name.includes('.test.'))
          .map((name) => `${dir}/${name}`),
      ),
    ];
    const read = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!),
    );
    // Set by Next, or (NEXT_MANUAL_SIG_HANDLE) by runtime/start.mjs for Next.
    const managedByNext = ['NODE_ENV', 'NEXT_PHASE', 'NEXT_RUNTIME', 'NEXT_MANUAL_SIG_HANDLE'];
    for (const name of new Set(read)) if (!managedByNext.includes(name)) expect(documented, name).toContain(name);
    for (const name of BUILD_SETTINGS) expect(documented).toContain(name);
  });

  it('the Dockerfile passes the build-time settings to its build stage, and none to the server', () => {
    const stages = Object.fromEntries(
      readFileSync('Dockerfile', 'utf8')
        .split(/^FROM /m)
        .map((stage) => [/ AS (\w+)/.exec(stage)?.[1], stage]),
    );
    for (const name of BUILD_SETTINGS) {
      expect(stages.build).toMatch(new RegExp(`^ARG ${name}=`, 'm'));
      expect(stages.run).not.toContain(name);
    }
  });
});
