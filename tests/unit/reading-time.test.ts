import { describe, expect, it } from 'vitest';
import { bodyText, countReaderWords, countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/content/reading-time';

const question = {
  title: 'Why do my knees crack?',
  summary: 'Cracking knees are common.',
  shortAnswer: 'Usually harmless; see [[Is it bad to exercise before bed?|a doctor]] if it hurts.',
  verdictNote: 'Common and painless.',
  body: { raw: 'Some text.\n\n## Why this happens\n\nGas bubbles.' },
  keyPoints: [{ text: 'One point here.' }],
  tips: [{ title: 'Warm up', text: 'Move gently first.' }],
  myths: [{ claim: 'It causes arthritis.', correction: 'It does not.' }],
  faqs: [{ question: 'Should I worry?', answer: 'Not on its own.' }],
  whenToGetHelp: [
    { action: '999-or-ae', signs: ['your knee gives way'] },
    { action: 'gp-or-111', signs: ['it swells'] },
  ],
};

describe('countWords', () => {
  it('counts runs of non-space characters that hold a letter or a digit', () => {
    expect(countWords('Muscle twitches (fasciculations) – 5–10 A&E # - *')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });
});

describe('bodyText', () => {
  it('keeps the words a reader sees and drops markup, link addresses and link targets', () => {
    expect(
      bodyText(
        'See [the NHS](https://www.nhs.uk/conditions/) and [[what-are-the-signs-of-dehydration|dehydration signs]].\n<Callout type="warning">Call 999.</Callout>{/* editor note */}<!-- hidden -->',
      ),
    ).toBe('See the NHS and dehydration signs.\n Call 999.   ');
  });
});

describe('countReaderWords', () => {
  it('counts every part of the page a reader reads, the visible half of links only', () => {
    // title 5, short answer 8, verdict note 3, summary 4, help 4 + 2, body 2 + 3 + 2 (the "##" is no
    // word), key point 3, tip 2 + 3, myth 3 + 3, FAQ 3 + 4
    expect(countReaderWords(question)).toBe(5 + 8 + 3 + 4 + 6 + 7 + 3 + 5 + 6 + 7);
  });
  it('reads the optional lists as empty when a question has none', () => {
    const bare = { ...question, tips: undefined, myths: undefined, whenToGetHelp: undefined, verdictNote: undefined };
    expect(countReaderWords(bare)).toBe(5 + 8 + 4 + 7 + 3 + 7);
  });
});

describe('readingMinutes', () => {
  it('rounds up at the documented rate and never says 0', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(955)).toBe(5);
  });
});
