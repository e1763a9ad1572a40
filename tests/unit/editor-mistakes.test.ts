// The classes of mistake behind the check's newer rules, each tried with more than the one example
// a fixture holds: other impossible dates, other quotes, other tabs, other ways to ask the same question.
import { describe, expect, it } from 'vitest';
import { impossibleDate, isDateValue } from '@/lib/content-check/field-specs';
import { checkSources } from '@/lib/content-check/source-rules';
import { parseYaml } from '@/lib/content-check/parse';
import { findUnclosedLinks } from '@/lib/content/internal-links';
import { nearDuplicatePairs, nearDuplicates } from '@/lib/content/near-duplicates';

describe('impossible dates', () => {
  it.each([
    ['2026-02-29', 'February 2026 has 28 days'],
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-12-32', 'December 2026 has 31 days'],
    ['2026-01-00', 'January 2026 has 31 days'],
    ['2026-13-01', 'there is no month 13: months run from 01 to 12'],
    ['2026-00-10', 'there is no month 0: months run from 01 to 12'],
  ])('%s is refused: %s', (text, reason) => {
    expect(impossibleDate(text)).toBe(reason);
    expect(isDateValue(text)).toBe(false);
  });

  it.each(['2024-02-29', '2026-02-28', '2026-12-31', '2026-06-01T10:00:00Z'])('%s is a real day', (text) => {
    expect(impossibleDate(text)).toBeUndefined();
    expect(isDateValue(text)).toBe(true);
  });
});

describe('YAML mistakes: one message, at the line that caused it', () => {
  const frontmatter = (lines: string[]) => parseYaml(lines.join('\n'), 2).problems;

  it('a tab anywhere in the indentation gives one message naming its line, not a cascade', () => {
    const problems = frontmatter(['title: A?', 'faqs:', '  - question: Q?', '\t  answer: A.', 'tags: [a]']);
    expect(problems).toEqual([
      { line: 5, column: 1, message: expect.stringContaining('line 5 is indented with a tab: use spaces') },
    ]);
  });

  it.each([
    ['title: "Why is this', 2, 8, '"'],
    ["summary: 'It isn''t closed", 2, 10, "'"],
    ['  - question: "Is it?', 2, 15, '"'],
  ])('an unclosed quote (%s) is reported where it opened', (line, at, column, quote) => {
    const lines = [line, 'subject: Sleep', 'summary: Fine.', 'tags: [a, b]'];
    const problems = frontmatter(line.startsWith(' ') ? ['faqs:', ...lines] : lines);
    const expectedLine = line.startsWith(' ') ? at + 1 : at;
    expect(problems).toEqual([
      {
        line: expectedLine,
        column,
        message: `YAML: the ${quote} opened on line ${expectedLine} is never closed: add a ${quote} at the end of the text`,
      },
    ]);
  });

  it('finds the quote in a one-line list, and ignores quotes inside plain text', () => {
    expect(frontmatter(['summary: It\'s 5" tall, "he said"', 'tags: [sleep, "naps, rest]', 'title: A?'])).toEqual([
      expect.objectContaining({ line: 3, column: 15 }),
    ]);
  });

  it('a quoted value may span lines: only one left open is reported', () => {
    expect(frontmatter(['summary: "one', '  two"', 'title: "open'])).toEqual([
      expect.objectContaining({ line: 4, column: 8 }),
    ]);
  });
});

describe('unclosed internal links', () => {
  it('finds a [[ with no ]], or one that another [[ interrupts, and nothing in closed links', () => {
    expect(findUnclosedLinks('see [[a]] and [[b]]')).toEqual([]);
    expect(findUnclosedLinks('see [[a and more')).toEqual([4]);
    expect(findUnclosedLinks('see [[a and [[b]]')).toEqual([4]);
    expect(findUnclosedLinks('[[a]] then [[b')).toEqual([11]);
  });
});

describe('near-duplicate questions', () => {
  const existing = [
    { slug: 'why-do-my-muscles-twitch-after-a-workout', title: 'Why do my muscles twitch after a workout?' },
    { slug: 'how-much-sleep-do-adults-need', title: 'How much sleep do adults need?' },
    { slug: 'why-do-my-knees-crack', title: 'Why do my knees crack?' },
  ];
  const near = (title: string) => nearDuplicates(title, existing).map((question) => question.slug);

  it.each([
    ['Why do my muscles twitch after workouts?', 'why-do-my-muscles-twitch-after-a-workout'],
    ['why do MY muscles twitch, after the workout', 'why-do-my-muscles-twitch-after-a-workout'],
    ['How much sleep does an adult need?', 'how-much-sleep-do-adults-need'],
    ['Why are my knees cracking?', 'why-do-my-knees-crack'],
  ])('"%s" asks what %s asks', (title, slug) => {
    expect(near(title)).toEqual([slug]);
  });

  it.each([
    'Why do my muscles twitch after eating?',
    'How much sleep do children need?',
    'Why do my knees hurt on stairs?',
    'Why do my muscles twitch after a workout?',
  ])('"%s" is a question of its own (or the same title, which is another rule)', (title) => {
    expect(near(title)).toEqual([]);
  });
});

describe('the same source twice, however its address is written', () => {
  const found = (urls: string[]) => {
    const rules: string[] = [];
    const sources = urls.map((url, index) => ({ id: `s${index}`, url }));
    const keyPoints = [{ text: 'A point.', sources: sources.map((source) => source.id) }];
    checkSources(
      { sources, keyPoints },
      () => ({ line: 1, column: 1 }),
      (rule) => rules.push(rule),
    );
    return rules;
  };

  it.each([
    ['https://www.nhs.uk/conditions/insomnia/', 'https://www.nhs.uk/conditions/insomnia'],
    ['https://www.nhs.uk/conditions/insomnia/', 'https://nhs.uk/conditions/insomnia/#causes'],
    ['https://WWW.NHS.UK/conditions/insomnia/', 'https://www.nhs.uk/conditions/insomnia/'],
  ])('%s and %s are one source', (a, b) => {
    expect(found([a, b])).toEqual(['duplicate-source']);
  });

  it('http:// is refused whatever its case, and two pages of one site are two sources', () => {
    expect(found(['HTTP://www.nhs.uk/conditions/insomnia/'])).toEqual(['source-http']);
    expect(found(['https://www.nhs.uk/conditions/insomnia/', 'https://www.nhs.uk/conditions/headaches/'])).toEqual([]);
  });
});

describe('near-duplicate pairs across a whole library', () => {
  const subjects = ['knees', 'muscles', 'feet', 'eyes', 'skin', 'head', 'back', 'heart'];
  const verbs = ['crack', 'twitch', 'ache', 'hurt', 'itch'];
  const times = ['after a workout', 'after workouts', 'at night', 'in winter', 'when I run', 'all the time'];
  const titles = subjects.flatMap((subject) =>
    verbs.flatMap((verb) => times.map((time) => `Why do my ${subject} ${verb} ${time}?`)),
  );

  it('finds exactly the pairs that comparing every title with every other finds', () => {
    const everyPair: [number, number][] = [];
    titles.forEach((title, b) =>
      titles.slice(0, b).forEach((other, a) => {
        if (nearDuplicates(title, [{ slug: String(a), title: other }]).length > 0) everyPair.push([a, b]);
      }),
    );
    expect(everyPair.length).toBeGreaterThan(0);
    expect(nearDuplicatePairs(titles)).toEqual(everyPair.sort(([a1, b1], [a2, b2]) => b1 - b2 || a1 - a2));
  });
});

describe('a title with no words', () => {
  it.each(['???', ' ?! ', '…?'])('"%s" is refused as blank, not turned into an empty file name', async (title) => {
    const { checkContent } = await import('@/lib/content-check/check');
    const { contentSchema } = await import('@/lib/content-check/content-schema');
    const text = `---\ntitle: ${JSON.stringify(title)}\n---\n\nBody.\n`;
    const problems = checkContent([{ path: 'content/questions/x.mdx', contentPath: 'questions/x.mdx', text }], {
      ...contentSchema(),
      today: '2026-06-01',
    });
    const titleProblems = problems.filter((problem) => problem.field === 'title');
    expect(titleProblems.map((problem) => [problem.rule, problem.line])).toEqual([['blank-text', 2]]);
    expect(titleProblems[0]!.message).toMatch(/has no words: write the question$/);
  });
});
