// Typed site configuration: the one place for the site's name, base URL and description.

export interface SiteConfig {
  name: string;
  url: string;
  description: string;
  locale: string;
  /** Seconds before a statically generated page is regenerated in the background (ISR). */
  revalidateSeconds: number;
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
};

export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
