// One letter's page of a split A to Z (past A_Z_SINGLE_PAGE_LIMIT questions), shared by
// /a-z/[letter] and /a-z/[letter]/page/[page].
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AzPage } from '@/components/a-z-page';
import { letterBar } from '@/lib/pages/a-z';
import { azTrail, pagedTrail } from '@/lib/pages/breadcrumbs';
import { azIndex, azLetterPage } from '@/lib/pages/listings';
import { pageMetadata } from '@/lib/seo/metadata';
import { pageHref } from '@/lib/pages/pagination';

function title(letterName: string, page: number, pageCount: number): string {
  return `Health A to Z: ${letterName}${page > 1 ? ` (page ${page} of ${pageCount})` : ''}`;
}

export function letterPageMetadata(letterId: string, page: number | undefined): Metadata {
  const found = azLetterPage(letterId, page);
  if (!found) return {};
  return pageMetadata({
    title: title(found.letter.name, found.page, found.pageCount),
    description: `Health questions whose subject starts with ${found.letter.name}.`,
    path: pageHref(found.basePath, found.page),
  });
}

export function LetterPage({ letterId, page }: { letterId: string; page: number | undefined }) {
  const found = azLetterPage(letterId, page);
  if (!found) notFound();
  const path = pageHref(found.basePath, found.page);
  return (
    <AzPage
      heading={title(found.letter.name, found.page, found.pageCount)}
      intro={`${found.questionCount} ${found.questionCount === 1 ? 'question' : 'questions'} under ${found.letter.name}.`}
      trail={pagedTrail(azTrail(found.letter), found.page, path)}
      bar={letterBar(azIndex().groups, { singlePage: false, current: found.letter.id })}
      groups={[found.group]}
      pagination={{ basePath: found.basePath, page: found.page, pageCount: found.pageCount }}
    />
  );
}
