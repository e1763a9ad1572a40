// RSS 2.0 feed of the latest questions, generated at build time and refreshed with the pages.
import { getCategories, getQuestions } from '@/lib/content/store';
import { questionFeed } from '@/lib/seo/feeds';
import { FEEDS } from '@/lib/seo/metadata';

export const dynamic = 'force-static';
export const revalidate = false;

export function GET() {
  return new Response(questionFeed(getQuestions(), getCategories()).rss2(), {
    headers: { 'Content-Type': `${FEEDS.rss.type}; charset=utf-8` },
  });
}
