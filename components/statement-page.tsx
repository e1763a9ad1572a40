// The frame of the site's statements about itself (editorial policy, privacy notice, accessibility
// statement): breadcrumbs, the title and the text set as prose.
import type { ReactNode } from 'react';
import { Breadcrumbs } from './breadcrumbs';
import { Prose } from './question/prose';
import { HOME_CRUMB } from '@/lib/pages/breadcrumbs';

export function StatementPage({ title, path, children }: { title: string; path: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumbs trail={[HOME_CRUMB, { name: title, path }]} />
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{title}</h1>
      <Prose>{children}</Prose>
    </div>
  );
}
