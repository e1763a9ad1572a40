// Typed site configuration: the one place for the site's name, base URL and description.

export interface SiteConfig {
  name: string;
  url: string;
  description: string;
  locale: string;
  /** Seconds before a statically generated page is regenerated in the background (ISR). */
  revalidateSeconds: number;
  /** How many questions a build prerenders; the long tail is rendered on first request (ISR). */
  prerenderLimit: number;
  /** The page on how questions are written, sourced, reviewed and corrected. */
  editorialPolicyPath: string;
  /** Where readers report a mistake: the one place this address is set (CORRECTIONS_EMAIL). */
  correctionsEmail: string;
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

function baseUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim();
  return (fromEnv && fromEnv.length > 0 ? fromEnv : 'http://localhost:3000').replace(/\/+$/, '');
}

export const site: SiteConfig = {
  name: 'Clear Health Answers',
  url: baseUrl(),
  description:
    'Plain, evidence-based answers to everyday health and fitness questions, written by editors and linked to trusted sources.',
  locale: 'en',
  revalidateSeconds: 3600,
  // 250: at 10,000 questions, next build took 135 s wall / 236 s CPU prerendering 2,035 pages (1,000
  // questions, 1,000 tags), 68 s / 93 s for 535 (250 + 250): most of a merge's build. A page left to ISR
  // answers its first request in ~0.1-0.9 s, then from the cache (docs/build-performance.md).
  prerenderLimit: positiveInteger(process.env.PRERENDER_LIMIT, 250),
  editorialPolicyPath: '/editorial-policy',
  // A reserved .example address until the operator sets the real mailbox (see README, "Configuration").
  correctionsEmail: process.env.CORRECTIONS_EMAIL?.trim() || 'corrections@clear-health-answers.example',
};

export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
