// The privacy notice: what the site stores about readers, why and for how long, and that nothing else
// is stored. The limits it states come from the code that enforces them (lib/feedback/).
import type { Metadata } from 'next';
import Link from 'next/link';
import { StatementPage } from '@/components/statement-page';
import { formatDate } from '@/lib/content/dates';
import { FEEDBACK_LIMITS } from '@/lib/feedback/form';
import { DEFAULT_MAX_REPORTS, DEFAULT_POSTS_PER_HOUR, DEFAULT_RETENTION_DAYS } from '@/lib/feedback/store';
import { POLICY_PAGES } from '@/lib/pages/policy-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

const { path, title, updated } = POLICY_PAGES.privacy;

export const metadata: Metadata = pageMetadata({
  title,
  description: `What ${site.name} stores when you read a page or send feedback, why, and for how long.`,
  path,
});

export default function PrivacyPage() {
  const months = Math.round(DEFAULT_RETENTION_DAYS / 30.4);
  return (
    <StatementPage title={title} path={path}>
      <p>
        This notice explains what {site.name} keeps about you. In short: reading the site stores nothing about you, and
        feedback you choose to send is kept only as long as we need it to correct and improve our pages.
      </p>

      <h2 id="reading">When you read a page</h2>
      <ul>
        <li>We set no cookies and run no analytics, advertising or tracking code.</li>
        <li>
          If you switch between light and dark mode, your choice is saved in your own browser (local storage) so the
          site remembers it. It is never sent to us. Clearing your browser data removes it.
        </li>
        <li>
          The site’s own servers keep no record of your visits. The company that hosts the site, and any network in
          front of it, may keep standard connection logs (such as addresses and times) under their own policies, to keep
          the service secure and running.
        </li>
      </ul>

      <h2 id="feedback">When you send feedback</h2>
      <p>Each question ends with two forms. What we keep from each:</p>
      <ul>
        <li>
          <strong>“Is this page useful?”</strong>: which page, and whether you answered yes or no, added to a count for
          that page. Nothing else.
        </li>
        <li>
          <strong>“Report a problem with this page”</strong>: which page, what you wrote (up to{' '}
          {FEEDBACK_LIMITS.what.toLocaleString('en-GB')} characters), the time, and your email address or phone number
          only if you give one. Please do not include medical details about yourself.
        </li>
      </ul>
      <p>
        To stop abuse, we count how many forms come from each connection in an hour (at most {DEFAULT_POSTS_PER_HOUR}
        ). The count is kept under a scrambled number made from your internet address and shared with many other
        addresses, and it is deleted after an hour. We never store your internet address.
      </p>

      <h2 id="why">Why we keep it</h2>
      <p>
        We use feedback only to find and correct mistakes and to improve our pages. Reports are read by the site’s
        editors. We do not sell or share feedback, and we do not use it for marketing. If you leave contact details, an
        editor may contact you about your report, and for nothing else.
      </p>

      <h2 id="how-long">How long we keep it</h2>
      <ul>
        <li>Yes and no counts are kept while the page is published.</li>
        <li>
          A report is deleted after {months} months, or sooner when {DEFAULT_MAX_REPORTS.toLocaleString('en-GB')} newer
          reports have arrived, whichever comes first.
        </li>
      </ul>

      <h2 id="your-rights">Your rights</h2>
      <p>
        You can ask to see a report you sent, or to have it deleted, by emailing{' '}
        <a href={`mailto:${site.correctionsEmail}`}>{site.correctionsEmail}</a> with the page and roughly when you sent
        it. If you are unhappy with how we handle your information, you can complain to the Information Commissioner’s
        Office (<a href="https://ico.org.uk/">ico.org.uk</a>).
      </p>

      <p>
        See also our <Link href={site.editorialPolicyPath}>editorial policy</Link> and{' '}
        <Link href={POLICY_PAGES.accessibility.path}>accessibility statement</Link>.
      </p>
      <p>
        Last updated: <time dateTime={updated}>{formatDate(updated)}</time>.
      </p>
    </StatementPage>
  );
}
