import { describe, expect, it } from 'vitest';
import { A_Z_SINGLE_PAGE_LIMIT, groupByLetter, isSinglePage, letterBar, letterOf, LETTERS } from '@/lib/pages/a-z';

const q = (subject: string, title = `About ${subject}?`) => ({ subject, title, url: `/questions/${title}` });

describe('letterOf', () => {
  it('files a subject under its first letter, whatever its case', () => {
    expect(letterOf('Vitamin D').label).toBe('V');
    expect(letterOf('muscle twitches').label).toBe('M');
  });
  it('drops accents and maps Latin letters that have no decomposition', () => {
    expect(letterOf('Éczema').label).toBe('E');
    expect(letterOf('Ørsted').label).toBe('O');
    expect(letterOf('Łupież').label).toBe('L');
    expect(letterOf('Ångest').label).toBe('A');
  });
  it('files leading digits under 0–9 and skips leading quotes and brackets', () => {
    expect(letterOf('10,000 steps').id).toBe('0-9');
    expect(letterOf('“Runner’s knee”').label).toBe('R');
    expect(letterOf('(Sun)burn').label).toBe('S');
  });
  it('files other scripts and symbol-only subjects under Other', () => {
    expect(letterOf('Ωmega').id).toBe('other');
    expect(letterOf('٣ things').id).toBe('other');
    expect(letterOf('—').id).toBe('other');
  });
});

describe('groupByLetter', () => {
  const groups = groupByLetter([
    q('Vitamin D', 'Do I need a vitamin D supplement?'),
    q('Sleep', 'How much sleep do adults need?'),
    q('sleep', 'Are naps good or bad for you?'),
    q('Éczema'),
    q('10,000 steps'),
    q('Eczema flare-ups'),
  ]);
  it('lists letters in bar order, subjects alphabetically, questions by title', () => {
    expect(groups.map((group) => group.letter.label)).toEqual(['E', 'S', 'V', '0–9']);
    expect(groups[0].subjects.map((subject) => subject.subject)).toEqual(['Éczema', 'Eczema flare-ups']);
  });
  it('treats subjects that differ only in case as one subject', () => {
    const sleep = groups.find((group) => group.letter.label === 'S')!;
    expect(sleep.subjects).toHaveLength(1);
    expect(sleep.subjects[0].questions.map((question) => question.title)).toEqual([
      'Are naps good or bad for you?',
      'How much sleep do adults need?',
    ]);
    expect(sleep.questionCount).toBe(2);
  });
});

describe('letterBar', () => {
  const groups = groupByLetter([q('Vitamin D'), q('Sleep')]);
  it('shows every letter and 0–9, linking only those with questions, to sections on one page', () => {
    const bar = letterBar(groups, { singlePage: true });
    expect(bar.map((item) => item.letter.label)).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0–9']);
    expect(bar.filter((item) => item.href).map((item) => item.href)).toEqual(['/a-z#letter-s', '/a-z#letter-v']);
  });
  it('links letter pages when the A to Z is split, marks the current letter and shows Other only when used', () => {
    const bar = letterBar(groupByLetter([q('Vitamin D'), q('Ωmega')]), { singlePage: false, current: 'v' });
    expect(bar.find((item) => item.letter.label === 'V')).toMatchObject({ href: '/a-z/v', current: true });
    expect(bar.at(-1)).toMatchObject({ href: '/a-z/other' });
    expect(bar).toHaveLength(LETTERS.length);
  });
});

describe('isSinglePage', () => {
  it('keeps a small library on one page and splits a large one by letter', () => {
    expect(isSinglePage(40)).toBe(true);
    expect(isSinglePage(A_Z_SINGLE_PAGE_LIMIT)).toBe(true);
    expect(isSinglePage(10_000)).toBe(false);
  });
});
