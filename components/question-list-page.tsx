// One page of a category or tag list, shared by the base route and its `/page/[page]` route.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Pagination } from '@/components/pagination';
import { QuestionList } from '@/components/question-list';
import { listTrail } from '@/lib/breadcrumbs';
import type { Listing } from '@/lib/listings';
import { pageHref, paginate } from '@/lib/pagination';

interface QuestionListPageProps {
  listing: Listing | undefined;
  /** Undefined for a page segment that is not a page number. */
  page: number | undefined;
}

function pageOf(listing: Listing | undefined, page: number | undefined) {
  return listing && page !== undefined ? paginate(listing.questions, page) : undefined;
}

export function listPageMetadata(listing: Listing | undefined, page: number | undefined): Metadata {
  const paged = pageOf(listing, page);
  if (!listing || !paged) return {};
  return {
    title: paged.page > 1 ? `${listing.heading} (page ${paged.page} of ${paged.pageCount})` : listing.heading,
    description: listing.description,
    alternates: { canonical: pageHref(listing.basePath, paged.page) },
  };
}

export function QuestionListPage({ listing, page }: QuestionListPageProps) {
  const paged = pageOf(listing, page);
  if (!listing || !paged) notFound();
  const count = listing.questions.length;
  return (
    <>
      <Breadcrumbs
        trail={listTrail(
          listing.parent,
          { name: listing.name, path: listing.basePath },
          paged.page,
          pageHref(listing.basePath, paged.page),
        )}
      />
      <h1 className="text-3xl font-bold tracking-tight">{listing.heading}</h1>
      {listing.description ? (
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">{listing.description}</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {count} {count === 1 ? 'question' : 'questions'}
        {paged.pageCount > 1 ? `, page ${paged.page} of ${paged.pageCount}` : ''}
      </p>
      <h2 className="sr-only">Questions</h2>
      <QuestionList questions={paged.items} />
      <Pagination basePath={listing.basePath} page={paged.page} pageCount={paged.pageCount} />
    </>
  );
}
