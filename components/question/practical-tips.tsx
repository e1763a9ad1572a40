// Practical tips as short, numbered cards that can be scanned by their titles.
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { QuestionSection } from './question-section';
import { LinkedText } from '../linked-text';

export function PracticalTips({ tips }: { tips: { title: string; text: string }[] }) {
  if (tips.length === 0) return null;
  return (
    <QuestionSection id={QUESTION_SECTIONS.tips.id} title={QUESTION_SECTIONS.tips.title} className="mt-12">
      <ol className="grid gap-3 sm:grid-cols-2">
        {tips.map((tip, index) => (
          <li
            key={tip.title}
            className="flex gap-3 rounded-xl border sm:last:odd:col-span-2 border-slate-200 p-4 dark:border-slate-800 dark:bg-slate-900/50"
          >
            <span
              aria-hidden="true"
              className="grid h-7 w-7 flex-none place-items-center rounded-full bg-teal-700 text-sm font-semibold text-white dark:bg-teal-400 dark:text-slate-950"
            >
              {index + 1}
            </span>
            <div>
              <h3 className="leading-snug font-semibold text-slate-900 dark:text-slate-100">{tip.title}</h3>
              <p className="mt-1 text-[0.9375rem] leading-relaxed text-slate-700 dark:text-slate-300">
                <LinkedText text={tip.text} />
              </p>
            </div>
          </li>
        ))}
      </ol>
    </QuestionSection>
  );
}
