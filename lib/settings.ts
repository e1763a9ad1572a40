// The settings fixed when the site is built. Prerendered pages, feeds, the sitemap and robots.txt are
// written by the build, so a page rendered later must read the same values: next.config.ts inlines
// them (`env`) into everything it compiles, and scripts/prepare-standalone.ts records them in
// .next/standalone/build-settings.json for runtime/start.mjs, which warns when a run sets them
// differently. Settings read at run time (Redis, the page cache, the port) are read only then;
// .env.example lists both kinds.

export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const DEFAULT_CORRECTIONS_EMAIL = 'corrections@clear-health-answers.example';
// How many questions a build prerenders: prerendering is most of a merge's build, and a page left to
// ISR is rendered on its first request, then served from the cache (the figures behind 150 are in
// docs/build-performance.md).
export const DEFAULT_PRERENDER_LIMIT = 150;

/** The names of the build-time settings, as environment variables. */
export const BUILD_SETTINGS = ['SITE_URL', 'CORRECTIONS_EMAIL', 'PRERENDER_LIMIT'] as const;
export type BuildSettingName = (typeof BUILD_SETTINGS)[number];
export type BuildSettings = Record<BuildSettingName, string>;

const given = (value: string | undefined) => value?.trim() || undefined;

/** The site's address without a trailing slash: SITE_URL, or the local server when unset or blank. */
export function siteUrlSetting(value: string | undefined): string {
  const url = given(value) ?? DEFAULT_SITE_URL;
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`SITE_URL must be an http(s) address, not "${url}"`);
  return url.replace(/\/+$/, '');
}

/** Where readers report a mistake: a reserved .example address until the operator sets the mailbox. */
export function correctionsEmailSetting(value: string | undefined): string {
  return given(value) ?? DEFAULT_CORRECTIONS_EMAIL;
}

/** How many questions a build prerenders (0 or more); blank or not a whole number means the default. */
export function prerenderLimitSetting(value: string | undefined): number {
  const parsed = Number(given(value));
  return given(value) !== undefined && Number.isInteger(parsed) && parsed >= 0 ? parsed : DEFAULT_PRERENDER_LIMIT;
}

/** The build-time settings as the build resolves them from its environment, as strings (Next's `env`). */
export function buildSettings(env: Record<string, string | undefined>): BuildSettings {
  return {
    SITE_URL: siteUrlSetting(env.SITE_URL),
    CORRECTIONS_EMAIL: correctionsEmailSetting(env.CORRECTIONS_EMAIL),
    PRERENDER_LIMIT: String(prerenderLimitSetting(env.PRERENDER_LIMIT)),
  };
}
