// Frequently asked questions, each a heading and its answer.
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { QuestionSection } from './question-section';
import { LinkedText } from '../linked-text';

export function Faqs({ faqs }: { faqs: { question: string; answer: string }[] }) {
  if (faqs.length === 0) return null;
  return (
    <QuestionSection id={QUESTION_SECTIONS.faqs.id} title={QUESTION_SECTIONS.faqs.title} className="mt-12">
      <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {faqs.map((faq) => (
          <div key={faq.question} className="py-4 sm:text-[1.0625rem]">
            <dt className="font-semibold text-slate-900 dark:text-slate-100">{faq.question}</dt>
            <dd className="mt-1.5 leading-relaxed text-slate-700 dark:text-slate-300">
              <LinkedText text={faq.answer} />
            </dd>
          </div>
        ))}
      </dl>
    </QuestionSection>
  );
}
