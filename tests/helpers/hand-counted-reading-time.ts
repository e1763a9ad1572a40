// The reading time of a question counted straight from its MDX file, independently of the site's own
// code (lib/reading-time.ts), by the rule a person would apply by hand:
//   1. take every text a reader reads on the page: the title, short answer, verdict note, summary,
//      when-to-get-help items, the in-depth answer, key points, tip titles and texts, myth claims and
//      corrections, FAQ questions and answers (not the source list, which is a reference, not reading);
//   2. in them, a link [[target|label]] reads as its label; markup (headings' #, MDX tags) is not read;
//   3. a word is a run of non-space characters containing a letter or a digit;
//   4. minutes = words / 200, rounded up.
import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';

interface Frontmatter {
  title: string;
  shortAnswer: string;
  verdictNote?: string;
  summary: string;
  whenToGetHelp?: { signs: string[] }[];
  keyPoints: { text: string }[];
  tips?: { title: string; text: string }[];
  myths?: { claim: string; correction: string }[];
  faqs: { question: string; answer: string }[];
}

const labelOnly = (text: string) => text.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1');
const words = (text: string) =>
  labelOnly(text)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** The text of the body as a reader sees it: the text nodes of its syntax tree. */
function bodyTexts(mdx: string): string[] {
  const texts: string[] = [];
  visit(unified().use(remarkParse).use(remarkMdx).parse(mdx), 'text', (node: { value: string }) => {
    texts.push(node.value);
  });
  return texts;
}

export function handCountedReadingTime(file: string): { words: number; minutes: number } {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const fm = parse(yaml) as Frontmatter;
  const texts = [
    fm.title,
    fm.shortAnswer,
    fm.verdictNote ?? '',
    fm.summary,
    ...(fm.whenToGetHelp ?? []).flatMap((box) => box.signs),
    ...fm.keyPoints.map((point) => point.text),
    ...(fm.tips ?? []).flatMap((tip) => [tip.title, tip.text]),
    ...(fm.myths ?? []).flatMap((myth) => [myth.claim, myth.correction]),
    ...fm.faqs.flatMap((faq) => [faq.question, faq.answer]),
    // Text nodes split a link's brackets from its words, so join the body before counting.
    bodyTexts(body).join(' '),
  ];
  const total = texts.reduce((sum, text) => sum + words(text), 0);
  return { words: total, minutes: Math.max(1, Math.ceil(total / 200)) };
}
