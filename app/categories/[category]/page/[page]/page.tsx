import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { getCategories } from '@/lib/content';
import { categoryListing } from '@/lib/listings';
import { extraPageNumbers, parsePageParam } from '@/lib/pagination';

interface CategoryListPageProps {
  params: Promise<{ category: string; page: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return getCategories().flatMap((category) =>
    extraPageNumbers(categoryListing(category.slug)?.questions.length ?? 0).map((page) => ({
      category: category.slug,
      page: String(page),
    })),
  );
}

export async function generateMetadata({ params }: CategoryListPageProps): Promise<Metadata> {
  const { category, page } = await params;
  return listPageMetadata(categoryListing(category), parsePageParam(page));
}

export default async function CategoryListPage({ params }: CategoryListPageProps) {
  const { category, page } = await params;
  return <QuestionListPage listing={categoryListing(category)} page={parsePageParam(page)} />;
}
