import type { Metadata } from 'next';
import { LetterPage, letterPageMetadata } from '@/components/a-z-letter-page';
import { azIndex } from '@/lib/pages/listings';

interface LetterRouteProps {
  params: Promise<{ letter: string }>;
}

export const revalidate = false;
export const dynamicParams = true;

/** A split A to Z prerenders its letters; a small one has no letter pages (every letter is on /a-z). */
export function generateStaticParams() {
  const { groups, singlePage } = azIndex();
  return singlePage ? [] : groups.map((group) => ({ letter: group.letter.id }));
}

export async function generateMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  return letterPageMetadata((await params).letter, 1);
}

export default async function LetterRoute({ params }: LetterRouteProps) {
  return <LetterPage letterId={(await params).letter} page={1} />;
}
