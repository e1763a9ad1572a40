import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { getCategories } from '@/lib/content/store';
import { categoryListing } from '@/lib/pages/listings';

interface CategoryPageProps {
  params: Promise<{ category: string }>;
}

export const revalidate = false;
export const dynamicParams = false;

export function generateStaticParams() {
  return getCategories().map((category) => ({ category: category.slug }));
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  return listPageMetadata(categoryListing((await params).category), 1);
}

export default async function CategoryPage({ params }: CategoryPageProps) {
  return <QuestionListPage listing={categoryListing((await params).category)} page={1} />;
}
