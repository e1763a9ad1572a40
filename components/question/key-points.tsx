// Research-backed key points, each with numbered links to the sources that back it.
import { citationNumbers, sourceAnchor } from '@/lib/content/citations';
import { QUESTION_SECTIONS } from '@/lib/pages/question-sections';
import { CheckIcon } from '../icons';
import { QuestionSection } from './question-section';
import { LinkedText } from '../linked-text';

interface KeyPointsProps {
  points: { text: string; sources: string[] }[];
  sources: { id: string }[];
}

export function KeyPoints({ points, sources }: KeyPointsProps) {
  if (points.length === 0) return null;
  const numbers = citationNumbers(sources);
  return (
    <QuestionSection id={QUESTION_SECTIONS.keyPoints.id} title={QUESTION_SECTIONS.keyPoints.title} className="mt-12">
      <ul className="space-y-4">
        {points.map((point) => (
          <li key={point.text} className="flex gap-3 leading-relaxed text-slate-800 sm:text-lg dark:text-slate-200">
            <CheckIcon className="mt-1 h-5 w-5 flex-none sm:mt-1.5 text-teal-700 dark:text-teal-400" />
            <span>
              <LinkedText text={point.text} />{' '}
              <span className="whitespace-nowrap">
                {point.sources.map((id) => (
                  <a
                    key={id}
                    href={`#${sourceAnchor(id)}`}
                    className="ml-0.5 align-super text-xs font-semibold text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
                    aria-label={`Source ${numbers.get(id)}`}
                  >
                    [{numbers.get(id)}]
                  </a>
                ))}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
