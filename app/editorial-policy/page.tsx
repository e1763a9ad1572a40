import type { Metadata } from 'next';
import { StatementPage } from '@/components/statement-page';
import { REVIEWERS } from '@/data/reviewers';
import { TRUSTED_PUBLISHERS } from '@/data/trusted-publishers';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { SOURCE_TYPES } from '@/lib/trust/source-types';
import { DEFAULT_REVIEW_POLICY } from '@/lib/trust/review-report';
import type { PublisherKind } from '@/lib/trust/source-policy';

const TITLE = 'Editorial policy';

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: `How ${site.name} writes, sources, reviews and corrects its answers, and how to report a mistake.`,
  path: site.editorialPolicyPath,
});

const PUBLISHER_GROUPS: { kind: PublisherKind; title: string }[] = [
  { kind: 'health-service', title: 'National health services and agencies' },
  { kind: 'clinical-organisation', title: 'Clinical organisations' },
  { kind: 'journal', title: 'Peer-reviewed journals' },
];

export default function EditorialPolicyPage() {
  const { reviewAfterMonths, sourceMaxAgeYears } = DEFAULT_REVIEW_POLICY;
  return (
    <StatementPage title={TITLE} path={site.editorialPolicyPath}>
      <p>
        Every page on {site.name} answers one health or fitness question. This page explains how we write those answers,
        where the evidence comes from, how we keep them up to date, and what to do if you find a mistake.
      </p>

      <h2 id="how-we-write">How we write</h2>
      <ul>
        <li>We answer the question first, in plain English and short sentences, then give the detail.</li>
        <li>We say how strong the evidence is. Where it is thin or mixed, we say &ldquo;may&rdquo; and explain why.</li>
        <li>
          Every page about a symptom has a &ldquo;When to get help&rdquo; box with its warning signs: when to call 999
          or go to A&amp;E, and when to see a GP or contact NHS 111. Pages about mental health show where to get urgent
          help, on every page.
        </li>
        <li>We do not recommend products or brands.</li>
      </ul>

      <h2 id="how-we-source">How we choose sources</h2>
      <p>
        Every research-backed point on a page is numbered and linked to the sources that support it. We cite only
        publishers on our list of trusted sources, and each source is labelled with the kind of evidence it is:{' '}
        {Object.values(SOURCE_TYPES)
          .map((type) => type.label.toLowerCase())
          .join(', ')}
        . Papers carry their DOI or PubMed number, so you can find them wherever they are published. An automated check
        stops any page from being published with a source that is not on the list, a publisher that does not match the
        address, or a date that does not add up.
      </p>
      <p>Our list of trusted publishers:</p>
      {PUBLISHER_GROUPS.map((group) => (
        <div key={group.kind}>
          <h3>{group.title}</h3>
          <ul>
            {TRUSTED_PUBLISHERS.publishers
              .filter((publisher) => publisher.kind === group.kind)
              .map((publisher) => (
                <li key={publisher.name}>{publisher.name}</li>
              ))}
          </ul>
        </div>
      ))}

      <h2 id="how-we-review">How we review</h2>
      <p>
        Every new page and every change is proposed as a pull request. It is published only after the automated check
        has passed and an editor has read it against its sources and approved it.
      </p>
      <p>
        {REVIEWERS.length === 0
          ? 'No page has had a review by a clinician yet, so no page names a clinical reviewer. When one does, the page will show the reviewer’s name, qualifications and a link to their profile, with the date of the review.'
          : 'A page reviewed by a clinician shows the reviewer’s name, qualifications and a link to their profile, with the date of the review. A page names a reviewer only if that person has reviewed it.'}
      </p>
      <p>
        We look at every page again when it was last reviewed or updated more than {reviewAfterMonths} months ago, and
        sooner when it cites a source more than {sourceMaxAgeYears} years old or when the guidance it relies on changes.
        Each page shows when it was last updated.
      </p>

      <h2 id="corrections">How we correct mistakes</h2>
      <p>
        When we find or are told about a mistake, we check it against the sources, correct the page and change its
        &ldquo;updated&rdquo; date. A mistake that could affect someone&rsquo;s health is corrected first.
      </p>

      <h2 id="report-a-mistake">Report a mistake</h2>
      <p>
        If you think something on a page is wrong, out of date or unclear, email{' '}
        <a href={`mailto:${site.correctionsEmail}`}>{site.correctionsEmail}</a>. Tell us the page&rsquo;s address, what
        you think is wrong and, if you can, a source that shows it.
      </p>
      <p>
        We cannot give personal medical advice. If you are worried about your health, contact a GP or NHS 111; in an
        emergency, call 999.
      </p>
    </StatementPage>
  );
}
