// The question's one-paragraph summary, shown as the lead under the short answer.
import { LinkedText } from '../linked-text';

export function Summary({ text }: { text: string }) {
  return (
    <p
      data-section="summary"
      className="mt-6 text-[1.0625rem] leading-relaxed text-slate-700 sm:text-lg dark:text-slate-300"
    >
      <LinkedText text={text} />
    </p>
  );
}
