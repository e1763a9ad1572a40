import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { getQuestions } from '@/lib/content';
import { tagListing } from '@/lib/listings';
import { extraPageNumbers, parsePageParam } from '@/lib/pagination';
import { allTags } from '@/lib/taxonomy';

interface TagListPageProps {
  params: Promise<{ tag: string; page: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return allTags(getQuestions()).flatMap((tag) =>
    extraPageNumbers(tag.count).map((page) => ({ tag: tag.slug, page: String(page) })),
  );
}

export async function generateMetadata({ params }: TagListPageProps): Promise<Metadata> {
  const { tag, page } = await params;
  return listPageMetadata(tagListing(tag), parsePageParam(page));
}

export default async function TagListPage({ params }: TagListPageProps) {
  const { tag, page } = await params;
  return <QuestionListPage listing={tagListing(tag)} page={parsePageParam(page)} />;
}
