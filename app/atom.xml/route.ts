// Atom feed of the latest questions, generated at build time and refreshed with the pages.
import { getCategories, getQuestions } from '@/lib/content';
import { questionFeed } from '@/lib/feeds';
import { FEEDS } from '@/lib/metadata';

export const dynamic = 'force-static';
export const revalidate = 3600;

export function GET() {
  return new Response(questionFeed(getQuestions(), getCategories()).atom1(), {
    headers: { 'Content-Type': `${FEEDS.atom.type}; charset=utf-8` },
  });
}
