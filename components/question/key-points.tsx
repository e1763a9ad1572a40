// Research-backed key points, each with numbered links to the sources that back it.
import { citationNumbers, sourceAnchor } from '@/lib/citations';
import { LinkedText } from '../linked-text';
import { QuestionSection } from './question-section';

interface KeyPointsProps {
  points: { text: string; sources: string[] }[];
  sources: { id: string }[];
}

export function KeyPoints({ points, sources }: KeyPointsProps) {
  if (points.length === 0) return null;
  const numbers = citationNumbers(sources);
  return (
    <QuestionSection id="key-points" title="Research-backed key points" className="mt-10">
      <ul className="space-y-3">
        {points.map((point) => (
          <li key={point.text} className="flex gap-3 leading-relaxed">
            <span aria-hidden="true" className="mt-2 h-2 w-2 flex-none rounded-full bg-sky-600" />
            <span>
              <LinkedText text={point.text} />{' '}
              {point.sources.map((id) => (
                <a
                  key={id}
                  href={`#${sourceAnchor(id)}`}
                  className="ml-0.5 align-super text-xs font-semibold text-sky-700 underline-offset-2 hover:underline dark:text-sky-300"
                  aria-label={`Source ${numbers.get(id)}`}
                >
                  [{numbers.get(id)}]
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </QuestionSection>
  );
}
