// Typed site configuration: the one place for the site's name, base URL and description.
import { correctionsEmailSetting, prerenderLimitSetting, siteUrlSetting } from './settings';

export interface SiteConfig {
  name: string;
  url: string;
  description: string;
  locale: string;
  /** How many questions a build prerenders; the long tail is rendered on first request (ISR). */
  prerenderLimit: number;
  /** The page on how questions are written, sourced, reviewed and corrected. */
  editorialPolicyPath: string;
  /** Where readers report a mistake: the one place this address is set (CORRECTIONS_EMAIL). */
  correctionsEmail: string;
}

// SITE_URL, PRERENDER_LIMIT and CORRECTIONS_EMAIL are fixed when the site is built (lib/settings.ts):
// next.config.ts replaces these three `process.env` reads with the build's values in the compiled site.
export const site: SiteConfig = {
  name: 'Clear Health Answers',
  url: siteUrlSetting(process.env.SITE_URL),
  description:
    'Plain, evidence-based answers to everyday health and fitness questions, written by editors and linked to trusted sources.',
  locale: 'en',
  prerenderLimit: prerenderLimitSetting(process.env.PRERENDER_LIMIT),
  editorialPolicyPath: '/editorial-policy',
  correctionsEmail: correctionsEmailSetting(process.env.CORRECTIONS_EMAIL),
};

export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
