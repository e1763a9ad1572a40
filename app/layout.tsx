import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { RenderStamp } from '@/components/render-stamp';
import { SiteHeader } from '@/components/site-header';
import { feedLinks } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { THEME_SCRIPT } from '@/lib/pages/theme-script';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Pages replace these through pageMetadata(); pages without their own (the 404 page) keep them.
  alternates: { types: feedLinks() },
  openGraph: { siteName: site.name, locale: site.locale, type: 'website' },
  twitter: { card: 'summary' },
};

// A page changes only with a deploy (content is in the build, and each build has its own cache), so a
// rendered page is kept until the next deploy and never rendered again: an hourly regeneration would
// re-render every read page every hour for nothing (26% of a core and 3 GB of cache writes an hour at
// 10,000 pages: npm run bench:revalidate, docs/runtime.md). CDNs still refresh hourly: the server
// gives pages its CDN policy (runtime/cdn.mjs).
export const revalidate = false;

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-theme on <html> before hydration, which React would otherwise report.
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        {/* Applies the saved or system theme before the first paint; its hash is in the CSP. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-slate-900 focus:shadow-lg focus:ring-2 focus:ring-teal-700"
        >
          Skip to content
        </a>
        <RenderStamp />
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-12 sm:px-6 sm:pt-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
