// Reading time of a whole question page: every part a reader reads (title, summary, short answer,
// verdict note, in-depth answer, key points, tips, myths, FAQs, when-to-get-help lists), not only
// the body. Computed once per build into the slim index (lib/build-content-index.ts).
//
// The rule, simple enough to check by hand:
//   - a word is a run of non-space characters with at least one letter or digit in it
//     ("fasciculations)", "5–10" and "A&E" are one word each; "–" and "#" are none);
//   - markup is not read: MDX tags, link addresses and the target half of [[target|label]] are dropped;
//   - minutes = words / 200, rounded up (200 words a minute is the rate of the `reading-time`
//     package and a careful pace for health information), and never less than 1.

export const WORDS_PER_MINUTE = 200;

/** The reader-visible fields of a question, as written in its file. */
export interface ReadableQuestion {
  title: string;
  summary: string;
  shortAnswer: string;
  verdictNote?: string;
  body: { raw: string };
  keyPoints: readonly { text: string }[];
  tips?: readonly { title: string; text: string }[];
  myths?: readonly { claim: string; correction: string }[];
  faqs: readonly { question: string; answer: string }[];
  whenToGetHelp?: readonly { signs: readonly string[] }[];
}

const INTERNAL_LINK = /\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g;

/** Text with the internal-link targets dropped: [[target|label]] reads as "label", [[target]] as "target". */
function withLinkLabels(text: string): string {
  return text.replace(INTERNAL_LINK, '$1');
}

/** The words of an MDX body a reader sees: tags, comments, expressions and link addresses removed. */
export function bodyText(mdx: string): string {
  return withLinkLabels(mdx)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

export function countWords(text: string): number {
  // Each match is one whole run of non-space characters holding a letter or a digit: one scan, no
  // array of every token (1.4 s of a 17.5 s index step at 10,000 questions when split and tested).
  return text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** Every piece of text a reader reads on the question's page, in page order. */
export function readerTexts(question: ReadableQuestion): string[] {
  return [
    question.title,
    question.shortAnswer,
    question.verdictNote ?? '',
    question.summary,
    ...(question.whenToGetHelp ?? []).flatMap((box) => box.signs),
    bodyText(question.body.raw),
    ...question.keyPoints.map((point) => point.text),
    ...(question.tips ?? []).flatMap((tip) => [tip.title, tip.text]),
    ...(question.myths ?? []).flatMap((myth) => [myth.claim, myth.correction]),
    ...question.faqs.flatMap((faq) => [faq.question, faq.answer]),
  ].map(withLinkLabels);
}

export function countReaderWords(question: ReadableQuestion): number {
  return readerTexts(question).reduce((total, text) => total + countWords(text), 0);
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
