import type { Metadata } from 'next';
import { listPageMetadata, QuestionListPage } from '@/components/question-list-page';
import { prerenderedTagParams } from '@/lib/content/store';
import { tagListing } from '@/lib/pages/listings';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const revalidate = false;
// Rare tags beyond the prerender limit are rendered on their first request, then cached (ISR).
export const dynamicParams = true;

export const generateStaticParams = prerenderedTagParams;

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  return listPageMetadata(tagListing((await params).tag), 1);
}

export default async function TagPage({ params }: TagPageProps) {
  return <QuestionListPage listing={tagListing((await params).tag)} page={1} />;
}
