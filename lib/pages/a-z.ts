// The A to Z: every published question filed under the first letter of its subject ("Muscle
// twitches", "Vitamin D"), grouped by subject, with the letter bar's letters and their addresses.
// Small libraries show every letter on one page (/a-z, the bar jumps to #letter-x); past
// A_Z_SINGLE_PAGE_LIMIT questions each letter gets its own page (/a-z/x), paginated past
// A_Z_PAGE_SIZE, so a phone never has to render thousands of links at once.
//
// Letters: accents are dropped (É → E, Ł → L), a leading digit files under "0–9", anything else
// (another script, a symbol) under "Other"; leading quotes and brackets are skipped.

export const A_Z_SINGLE_PAGE_LIMIT = 400;
export const A_Z_PAGE_SIZE = 250;
export const A_Z_PATH = '/a-z';

export interface Letter {
  /** Used in addresses and ids: "a"…"z", "0-9" or "other". */
  id: string;
  /** What the letter bar shows. */
  label: string;
  /** Said by screen readers and used in headings: "A", "0 to 9", "Other". */
  name: string;
}

const ALPHABET: Letter[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((label) => ({
  id: label.toLowerCase(),
  label,
  name: label,
}));
const DIGITS: Letter = { id: '0-9', label: '0–9', name: '0 to 9' };
const OTHER: Letter = { id: 'other', label: 'Other', name: 'Other' };

/** Every letter in bar order. "Other" is listed only when a subject needs it. */
export const LETTERS: readonly Letter[] = [...ALPHABET, DIGITS, OTHER];

const BY_ID = new Map(LETTERS.map((letter) => [letter.id, letter]));

// Latin letters that Unicode does not decompose into a base letter and an accent.
const UNDECOMPOSED: Record<string, string> = { Æ: 'A', Ð: 'D', Ø: 'O', Œ: 'O', Ł: 'L', Þ: 'T', ẞ: 'S', ß: 'S' };

/** The letter a subject is filed under. */
export function letterOf(subject: string): Letter {
  const first = /[\p{L}\p{N}]/u.exec(subject.normalize('NFD'))?.[0];
  if (!first) return OTHER;
  if (/\p{N}/u.test(first)) return /[0-9]/.test(first) ? DIGITS : OTHER;
  const upper = first.toUpperCase();
  const base = UNDECOMPOSED[upper] ?? upper;
  return BY_ID.get(base.toLowerCase()) ?? OTHER;
}

export function letterById(id: string): Letter | undefined {
  return BY_ID.get(id);
}

export interface AzQuestion {
  subject: string;
  title: string;
  url: string;
}

export interface SubjectGroup<T extends AzQuestion = AzQuestion> {
  subject: string;
  questions: T[];
}

export interface LetterGroup<T extends AzQuestion = AzQuestion> {
  letter: Letter;
  /** Subjects in alphabetical order, each with its questions by title. */
  subjects: SubjectGroup<T>[];
  questionCount: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Questions grouped by letter, then by subject (subjects differing only in case or accents are one
 * subject, shown as first written). Letters with no question are left out; see `letterBar`.
 */
export function groupByLetter<T extends AzQuestion>(questions: readonly T[]): LetterGroup<T>[] {
  const sorted = [...questions].sort(
    (a, b) => collator.compare(a.subject, b.subject) || collator.compare(a.title, b.title),
  );
  const groups = new Map<string, LetterGroup<T>>();
  for (const question of sorted) {
    const letter = letterOf(question.subject);
    let group = groups.get(letter.id);
    if (!group) groups.set(letter.id, (group = { letter, subjects: [], questionCount: 0 }));
    const last = group.subjects.at(-1);
    if (last && collator.compare(last.subject, question.subject) === 0) last.questions.push(question);
    else group.subjects.push({ subject: question.subject.trim(), questions: [question] });
    group.questionCount += 1;
  }
  return LETTERS.flatMap((letter) => groups.get(letter.id) ?? []);
}

export interface LetterBarItem {
  letter: Letter;
  /** Undefined for a letter with no question: shown, but not a link. */
  href?: string;
  current: boolean;
}

/** True when the whole A to Z is one page, each letter a section of it. */
export function isSinglePage(questionCount: number): boolean {
  return questionCount <= A_Z_SINGLE_PAGE_LIMIT;
}

export function letterPath(letter: Letter): string {
  return `${A_Z_PATH}/${letter.id}`;
}

/** The anchor of a letter's section on the single A to Z page. */
export function letterAnchor(letter: Letter): string {
  return `letter-${letter.id}`;
}

/**
 * The letter bar: A–Z and 0–9 always (empty ones unlinked), "Other" only when used. On the single
 * page letters jump to their section; otherwise to their own page.
 */
export function letterBar(
  groups: readonly LetterGroup[],
  { singlePage, current }: { singlePage: boolean; current?: string },
): LetterBarItem[] {
  const used = new Set(groups.map((group) => group.letter.id));
  return LETTERS.filter((letter) => letter !== OTHER || used.has(OTHER.id)).map((letter) => ({
    letter,
    href: used.has(letter.id) ? (singlePage ? `${A_Z_PATH}#${letterAnchor(letter)}` : letterPath(letter)) : undefined,
    current: letter.id === current,
  }));
}
