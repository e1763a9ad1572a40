// One page of a category or tag list, shared by the base route and its `/page/[page]` route.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Pagination } from '@/components/pagination';
import { QuestionList } from '@/components/question-list';
import { pagedTrail } from '@/lib/pages/breadcrumbs';
import type { Listing } from '@/lib/pages/listings';
import { pageMetadata } from '@/lib/seo/metadata';
import { pageHref, paginate } from '@/lib/pages/pagination';
import { breadcrumbListJsonLd, collectionPageJsonLd } from '@/lib/seo/structured-data';

interface QuestionListPageProps {
  listing: Listing | undefined;
  /** Undefined for a page segment that is not a page number. */
  page: number | undefined;
}

function pageOf(listing: Listing | undefined, page: number | undefined) {
  return listing && page !== undefined ? paginate(listing.questions, page) : undefined;
}

function pageTitle(listing: Listing, page: number, pageCount: number): string {
  return page > 1 ? `${listing.heading} (page ${page} of ${pageCount})` : listing.heading;
}

export function listPageMetadata(listing: Listing | undefined, page: number | undefined): Metadata {
  const paged = pageOf(listing, page);
  if (!listing || !paged) return {};
  return pageMetadata({
    title: pageTitle(listing, paged.page, paged.pageCount),
    description: listing.description,
    path: pageHref(listing.basePath, paged.page),
  });
}

export function QuestionListPage({ listing, page }: QuestionListPageProps) {
  const paged = pageOf(listing, page);
  if (!listing || !paged) notFound();
  const path = pageHref(listing.basePath, paged.page);
  const trail = pagedTrail(listing.trail, paged.page, path);
  const count = listing.questions.length;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd
        data={collectionPageJsonLd({
          name: pageTitle(listing, paged.page, paged.pageCount),
          description: listing.description,
          path,
          questions: paged.items,
        })}
      />
      <JsonLd data={breadcrumbListJsonLd(trail)} />
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 dark:text-white">
        {listing.heading}
      </h1>
      {listing.showDescription ? (
        <p className="mt-2 text-lg leading-relaxed text-slate-700 dark:text-slate-300">{listing.description}</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {count} {count === 1 ? 'question' : 'questions'}
        {paged.pageCount > 1 ? `, page ${paged.page} of ${paged.pageCount}` : ''}
      </p>
      {listing.startHere && paged.page === 1 ? (
        <section
          aria-labelledby="start-here-heading"
          className="mt-6 rounded-xl border border-teal-700/30 bg-teal-50/60 px-4 py-3 sm:px-5 dark:border-teal-300/25 dark:bg-slate-900"
        >
          <h2 id="start-here-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            Start here
          </h2>
          <QuestionList questions={listing.startHere} compact />
        </section>
      ) : null}
      <h2 className={listing.startHere && paged.page === 1 ? 'mt-8 text-lg font-semibold' : 'sr-only'}>
        {listing.startHere && paged.page === 1 ? `All ${count} questions` : 'Questions'}
      </h2>
      <QuestionList questions={paged.items} compact />
      <Pagination basePath={listing.basePath} page={paged.page} pageCount={paged.pageCount} />
    </div>
  );
}
