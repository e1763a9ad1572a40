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
  // 150: prerendering is most of a merge's build. At 10,000 questions a warm next build took 49-55 s
  // with 250 (536 pages), 40 s with 150, 34 s with 100; a cold one 135 s for 1,000 of each. A page left
  // to ISR answers its first request in ~0.1 s (up to 0.9 s for the first after the server starts),
  // then from the cache (docs/build-performance.md).
  prerenderLimit: positiveInteger(process.env.PRERENDER_LIMIT, 150),
  editorialPolicyPath: '/editorial-policy',
  // A reserved .example address until the operator sets the real mailbox (see README, "Configuration").
  correctionsEmail: process.env.CORRECTIONS_EMAIL?.trim() || 'corrections@clear-health-answers.example',
};

export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
