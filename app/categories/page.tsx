import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CategoryList } from '@/components/category-list';
import { CATEGORIES_CRUMB, HOME_CRUMB } from '@/lib/pages/breadcrumbs';
import { getCategories, getQuestions } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoryCounts } from '@/lib/content/taxonomy';

export const metadata: Metadata = pageMetadata({
  title: 'All categories',
  description: 'Browse every health and fitness category.',
  path: '/categories',
});

export default function CategoriesPage() {
  return (
    <>
      <Breadcrumbs trail={[HOME_CRUMB, CATEGORIES_CRUMB]} />
      <h1 className="text-3xl font-bold tracking-tight">All categories</h1>
      <h2 className="sr-only">Categories</h2>
      <CategoryList categories={getCategories()} counts={categoryCounts(getQuestions())} />
    </>
  );
}
