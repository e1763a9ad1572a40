import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { HOME_CRUMB, TAGS_CRUMB } from '@/lib/pages/breadcrumbs';
import { getQuestions } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';
import { allTags } from '@/lib/content/taxonomy';
import { tagPath } from '@/lib/content/paths';

export const metadata: Metadata = pageMetadata({
  title: 'All topics',
  description: 'Every topic tag, with how many questions it has.',
  path: '/tags',
});

export default function TagsPage() {
  return (
    <>
      <Breadcrumbs trail={[HOME_CRUMB, TAGS_CRUMB]} />
      <h1 className="text-3xl font-bold tracking-tight">All topics</h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {allTags(getQuestions()).map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagPath(tag.slug)}
              className="inline-block rounded-full bg-slate-100 px-3 py-1 text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-100"
            >
              {tag.name} <span className="text-slate-600 dark:text-slate-400">({tag.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
