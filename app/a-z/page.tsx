import type { Metadata } from 'next';
import { AzPage } from '@/components/a-z-page';
import { letterBar, letterPath } from '@/lib/pages/a-z';
import { azTrail } from '@/lib/pages/breadcrumbs';
import { azIndex } from '@/lib/pages/listings';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Health A to Z',
  description: 'Every question we answer, listed by subject from A to Z.',
  path: '/a-z',
});

export default function AzIndexPage() {
  const { groups, singlePage, questionCount } = azIndex();
  const intro = `${questionCount} ${questionCount === 1 ? 'question' : 'questions'}, listed by subject. Choose a letter${singlePage ? ' to jump to it' : ''}.`;
  return (
    <AzPage
      heading="Health A to Z"
      intro={intro}
      trail={azTrail()}
      bar={letterBar(groups, { singlePage })}
      groups={singlePage ? groups : []}
    >
      {singlePage ? null : (
        <ul className="mt-8 grid gap-2 sm:grid-cols-2">
          {groups.map((group) => (
            <li key={group.letter.id}>
              <a
                href={letterPath(group.letter)}
                className="font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
              >
                {group.letter.name}: {group.subjects.length} subjects, {group.questionCount} questions
              </a>
            </li>
          ))}
        </ul>
      )}
    </AzPage>
  );
}
