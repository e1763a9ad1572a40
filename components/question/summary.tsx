// The question's one-paragraph summary, shown under the title.
import { LinkedText } from '../linked-text';
export function Summary({ text }: { text: string }) {
  return (
    <p data-section="summary" className="mt-4 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
      <LinkedText text={text} />
    </p>
  );
}
