// The A to Z letter bar: every letter shown, those with questions linked (to a section of the A to
// Z page or to the letter's own page), the rest greyed and announced as having no questions.
import type { LetterBarItem } from '@/lib/pages/a-z';

interface LetterBarProps {
  items: readonly LetterBarItem[];
  label: string;
  /** Smaller letters (still 32px targets), where the bar is a shortcut rather than the page itself. */
  compact?: boolean;
}

export function LetterBar({ items, label, compact = false }: LetterBarProps) {
  const size = compact ? 'h-8 min-w-8 text-sm' : 'h-10 min-w-10 text-base';
  return (
    <nav aria-label={label}>
      <ul className={`flex flex-wrap ${compact ? 'gap-1' : 'gap-1.5'}`}>
        {items.map(({ letter, href, current }) => (
          <li key={letter.id}>
            {href ? (
              // A plain link: on the A to Z page it is a jump within the page, needing no JavaScript.
              <a
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`grid ${size} place-items-center rounded-md border px-1.5 font-semibold ${
                  current
                    ? 'border-teal-800 bg-teal-800 text-white dark:border-teal-300 dark:bg-teal-300 dark:text-slate-950'
                    : 'border-slate-300 text-teal-800 hover:border-teal-700 hover:bg-teal-50 dark:border-slate-700 dark:text-teal-300 dark:hover:bg-slate-800'
                }`}
              >
                {letter.label}
              </a>
            ) : (
              <span
                className={`grid ${size} place-items-center px-1.5 text-slate-500 dark:text-slate-400`}
                data-empty=""
              >
                <span aria-hidden="true">{letter.label}</span>
                <span className="sr-only">{letter.name}: no questions</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
