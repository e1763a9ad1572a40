// Practical tips as short, scannable cards.
import { LinkedText } from '../linked-text';
import { QuestionSection } from './question-section';

export function PracticalTips({ tips }: { tips: { title: string; text: string }[] }) {
  if (tips.length === 0) return null;
  return (
    <QuestionSection id="practical-tips" title="Practical tips" className="mt-10">
      <ul className="grid gap-4 sm:grid-cols-2">
        {tips.map((tip) => (
          <li key={tip.title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-semibold text-slate-900 dark:text-slate-100">{tip.title}</h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              <LinkedText text={tip.text} />
            </p>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
