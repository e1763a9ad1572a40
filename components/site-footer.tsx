// The site footer: the medical disclaimer, links to the main indexes, the editorial policy, the privacy
// notice and the accessibility statement.
import { POLICY_PAGES } from '@/lib/pages/policy-pages';
import Link from 'next/link';
import { site } from '@/lib/site';
import { MedicalDisclaimer } from './medical-disclaimer';

export function SiteFooter() {
  return (
    <footer
      role="contentinfo"
      className="mt-8 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 sm:px-6 text-slate-600 dark:text-slate-400">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            <li>
              <Link href="/" prefetch={false} className="hover:underline">
                Home
              </Link>
            </li>
            <li>
              <Link href="/a-z" prefetch={false} className="hover:underline">
                Health A to Z
              </Link>
            </li>
            <li>
              <Link href="/categories" prefetch={false} className="hover:underline">
                All categories
              </Link>
            </li>
            <li>
              <Link href="/tags" prefetch={false} className="hover:underline">
                All topics
              </Link>
            </li>
            <li>
              <Link href={site.editorialPolicyPath} prefetch={false} className="hover:underline">
                Editorial policy
              </Link>
            </li>
            <li>
              <Link href={POLICY_PAGES.privacy.path} prefetch={false} className="hover:underline">
                {POLICY_PAGES.privacy.title}
              </Link>
            </li>
            <li>
              <Link href={POLICY_PAGES.accessibility.path} prefetch={false} className="hover:underline">
                {POLICY_PAGES.accessibility.title}
              </Link>
            </li>
          </ul>
        </nav>
        <MedicalDisclaimer compact />
        <p className="text-xs">
          © {new Date().getFullYear()} {site.name}
        </p>
      </div>
    </footer>
  );
}
