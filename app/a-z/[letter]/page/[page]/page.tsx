import type { Metadata } from 'next';
import { LetterPage, letterPageMetadata } from '@/components/a-z-letter-page';
import { parsePageParam } from '@/lib/pages/pagination';

interface LetterPagedRouteProps {
  params: Promise<{ letter: string; page: string }>;
}

export const revalidate = false;
// Later pages of a letter are rendered on their first request, then cached (ISR).
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LetterPagedRouteProps): Promise<Metadata> {
  const { letter, page } = await params;
  return letterPageMetadata(letter, parsePageParam(page));
}

export default async function LetterPagedRoute({ params }: LetterPagedRouteProps) {
  const { letter, page } = await params;
  return <LetterPage letterId={letter} page={parsePageParam(page)} />;
}
