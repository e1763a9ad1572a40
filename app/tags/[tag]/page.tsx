import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { getQuestions } from '@/lib/content';
import { tagListing } from '@/lib/listings';
import { allTags } from '@/lib/taxonomy';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return allTags(getQuestions()).map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  return listPageMetadata(tagListing((await params).tag), 1);
}

export default async function TagPage({ params }: TagPageProps) {
  return <QuestionListPage listing={tagListing((await params).tag)} page={1} />;
}
