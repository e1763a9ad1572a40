import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { tagListing } from '@/lib/pages/listings';
import { parsePageParam } from '@/lib/pages/pagination';

interface TagListPageProps {
  params: Promise<{ tag: string; page: string }>;
}

export const revalidate = false;
// Later pages of a list are rendered on their first request, then cached (ISR): prerendering every
// page of every list would dominate the build of a large library.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TagListPageProps): Promise<Metadata> {
  const { tag, page } = await params;
  return listPageMetadata(tagListing(tag), parsePageParam(page));
}

export default async function TagListPage({ params }: TagListPageProps) {
  const { tag, page } = await params;
  return <QuestionListPage listing={tagListing(tag)} page={parsePageParam(page)} />;
}
