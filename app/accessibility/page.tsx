// The accessibility statement: the standard the site aims for, how it is checked, what is known not to
// meet it, and how to report a barrier. Keep "What we know is not yet right" honest: update it when a
// check or a reader finds something.
import type { Metadata } from 'next';
import Link from 'next/link';
import { StatementPage } from '@/components/statement-page';
import { formatDate } from '@/lib/content/dates';
import { POLICY_PAGES } from '@/lib/pages/policy-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

const { path, title, updated } = POLICY_PAGES.accessibility;

export const metadata: Metadata = pageMetadata({
  title,
  description: `How ${site.name} meets the Web Content Accessibility Guidelines (WCAG) 2.2 AA, what does not yet, and how to report a barrier.`,
  path,
});

export default function AccessibilityPage() {
  return (
    <StatementPage title={title} path={path}>
      <p>
        We want everyone to be able to use {site.name}, including people who use a screen reader, a keyboard, voice
        control, or large text. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
      </p>

      <h2 id="what-you-can-do">What you should be able to do</h2>
      <ul>
        <li>read every page without JavaScript, and send feedback without it</li>
        <li>move through every page with a keyboard alone, seeing where the focus is, and skip to the main content</li>
        <li>zoom in, and read pages on a small phone screen</li>
        <li>use light or dark mode (the site follows your device’s setting, and you can switch it)</li>
        <li>find each part of an answer by its heading, and each warning sign in a labelled box</li>
      </ul>

      <h2 id="how-we-check">How we check it</h2>
      <p>
        Every change to the site is tested automatically before it is published: one page of each kind (a question,
        lists, search, the A to Z, the feedback pages, these statements) is checked with the axe accessibility engine
        (its WCAG A and AA rules and best practices), in light and dark mode, and with the W3C Nu HTML Checker. Other
        tests check the page landmarks and heading order, visible keyboard focus starting with the skip link, the table
        of contents on a phone-sized and a desktop screen, and that the feedback forms work without JavaScript.
      </p>

      <h2 id="known-issues">What we know is not yet right</h2>
      <ul>
        <li>
          Automated checks find only some problems. The site has not yet been audited by an independent accessibility
          specialist or tested with disabled readers, so it may not fully meet WCAG 2.2 AA.
        </li>
        <li>Reflow at 400% zoom, text spacing and voice control are not yet tested automatically.</li>
        <li>
          Our answers link to sources on other websites (such as the NHS and medical journals). We cannot make those
          pages accessible, and some research papers are PDFs that may not work well with a screen reader.
        </li>
      </ul>

      <h2 id="report-a-barrier">Reporting a barrier</h2>
      <p>
        If something on the site is hard or impossible for you to use, please tell us: use “Report a problem with this
        page” at the foot of any answer, or email{' '}
        <a href={`mailto:${site.correctionsEmail}`}>{site.correctionsEmail}</a>. Say which page and what happened. If
        you need an answer in another format, ask and we will do our best to provide it.
      </p>

      <p>
        See also our <Link href={POLICY_PAGES.privacy.path}>privacy notice</Link>.
      </p>
      <p>
        This statement was last reviewed on <time dateTime={updated}>{formatDate(updated)}</time>.
      </p>
    </StatementPage>
  );
}
