// Frequently asked questions, each a heading and its answer.
import { LinkedText } from '../linked-text';
import { QuestionSection } from './question-section';

export function Faqs({ faqs }: { faqs: { question: string; answer: string }[] }) {
  if (faqs.length === 0) return null;
  return (
    <QuestionSection id="faqs" title="Frequently asked questions" className="mt-10">
      <dl className="divide-y divide-slate-200 dark:divide-slate-700">
        {faqs.map((faq) => (
          <div key={faq.question} className="py-4 first:pt-0">
            <dt className="font-semibold text-slate-900 dark:text-slate-100">{faq.question}</dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">
              <LinkedText text={faq.answer} />
            </dd>
          </div>
        ))}
      </dl>
    </QuestionSection>
  );
}
