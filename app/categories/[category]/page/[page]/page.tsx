import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { categoryListing } from '@/lib/pages/listings';
import { parsePageParam } from '@/lib/pages/pagination';

interface CategoryListPageProps {
  params: Promise<{ category: string; page: string }>;
}

export const revalidate = false;
// Later pages of a list are rendered on their first request, then cached (ISR): prerendering every
// page of every list would dominate the build of a large library.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: CategoryListPageProps): Promise<Metadata> {
  const { category, page } = await params;
  return listPageMetadata(categoryListing(category), parsePageParam(page));
}

export default async function CategoryListPage({ params }: CategoryListPageProps) {
  const { category, page } = await params;
  return <QuestionListPage listing={categoryListing(category)} page={parsePageParam(page)} />;
}
