// Deterministic synthetic questions for benchmarks and scale tests: valid files with every section,
// tags that follow a long tail (a few common, many rare), spread over the given categories.
// The text is filler and is never shipped as content.

/** A small seeded PRNG (mulberry32), so the same count always gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_TAGS = [
  'hydration',
  'sleep quality',
  'stress',
  'muscle soreness',
  'caffeine',
  'blood pressure',
  'stretching',
  'protein',
  'running',
  'injury prevention',
];
const WORDS = [
  'knee',
  'back',
  'shoulder',
  'ankle',
  'sleep',
  'coffee',
  'sugar',
  'salt',
  'protein',
  'walking',
  'cycling',
  'yoga',
  'posture',
  'headache',
  'fatigue',
  'diet',
  'fibre',
  'vitamin',
  'iron',
  'heart',
  'breathing',
  'skin',
  'sunburn',
  'stress',
  'mood',
];

/**
 * The A to Z subject: the topic, capitalised, so subjects spread over the letters their words start
 * with; a few start with an accented letter or a digit, as real subjects sometimes do.
 */
function syntheticSubject(topic: string, index: number): string {
  if (index % 53 === 0) return `Œdema and ${topic}`;
  if (index % 61 === 0) return `24-hour ${topic}`;
  return topic[0].toUpperCase() + topic.slice(1);
}

export interface SyntheticFile {
  fileName: string;
  text: string;
}

export interface SyntheticOptions {
  count: number;
  categories: readonly string[];
  seed?: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Tag i of a long tail: the first few are common, then rare tags named by word pairs and a number. */
function longTailTag(random: () => number, rareTagCount: number): string {
  if (random() < 0.5) return pick(random, COMMON_TAGS);
  const n = Math.floor(random() ** 2 * rareTagCount);
  return `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]} ${Math.floor(n / WORDS.length ** 2)}`;
}

function isoDate(random: () => number): string {
  const start = Date.UTC(2024, 0, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

export function syntheticQuestion(
  index: number,
  random: () => number,
  categories: readonly string[],
  rareTagCount: number,
): SyntheticFile {
  const topic = `${pick(random, WORDS)} and ${pick(random, WORDS)}`;
  const slug = `synthetic-question-${String(index).padStart(6, '0')}`;
  const tags = [
    ...new Set(Array.from({ length: 3 + Math.floor(random() * 3) }, () => longTailTag(random, rareTagCount))),
  ];
  const published = isoDate(random);
  const sources = [1, 2, 3].map((n) => ({
    id: `source-${n}`,
    url: `https://www.nhs.uk/conditions/example-${index}-${n}/`,
  }));
  const lines = [
    '---',
    `title: "Synthetic question ${index}: how do ${topic} interact?"`,
    `subject: "${syntheticSubject(topic, index)}"`,
    `summary: "A synthetic summary about ${topic} for question ${index}, long enough to look like a real summary of a real answer."`,
    `shortAnswer: "A synthetic short answer about ${topic}. It may help some people; the evidence is mixed."`,
    'verdict: mixed-evidence',
    `category: ${pick(random, categories)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    `published: ${published}`,
    `updated: ${published}`,
    // Every synthetic question says when to get help, so it passes in a symptoms category too.
    'whenToGetHelp:',
    '  urgent:',
    '    - you have sudden, severe symptoms',
    '  soon:',
    `    - your symptoms last more than 2 weeks`,
    'sources:',
    ...sources.flatMap((source, n) => [
      `  - id: ${source.id}`,
      `    title: Synthetic source ${n + 1}`,
      '    publisher: NHS',
      `    url: ${source.url}`,
      '    year: 2024',
      '    type: health-information',
    ]),
    'keyPoints:',
    ...sources.flatMap((source) => [
      `  - text: A key point about ${topic} backed by ${source.id}.`,
      `    sources: [${source.id}]`,
    ]),
    'tips:',
    '  - title: Start small',
    `    text: Make one change to ${topic} at a time and see how you feel.`,
    '  - title: Know when to get checked',
    '    text: See a doctor if symptoms persist for more than two weeks or get worse.',
    'myths:',
    '  - kind: myth',
    `    claim: ${topic} never matter.`,
    '    correction: They may matter for some people.',
    '  - kind: mistake',
    '    claim: Ignoring persistent symptoms.',
    '    correction: Persistent symptoms deserve a check-up.',
    'faqs:',
    `  - question: Does ${topic} affect everyone?`,
    '    answer: Not everyone in the same way.',
    '  - question: When should I see a doctor?',
    '    answer: If symptoms persist, worsen or worry you.',
    '  - question: Is there a quick fix?',
    '    answer: Usually not; small steady changes work best.',
    '---',
    '',
    `This synthetic answer discusses ${topic} in several paragraphs of filler text, so the body has a realistic length.`,
    '',
    ...Array.from(
      { length: 4 },
      (_, n) =>
        `Paragraph ${n + 1} about ${topic}: ${'The evidence is described in plain words and may change as research continues. '.repeat(3)}`,
    ),
    '',
    '## Why this happens',
    '',
    '### The first reason',
    '',
    `The first reason ${topic} interact is described here with enough text to look real. `.repeat(3),
    '',
    '### The second reason',
    '',
    `The second reason ${topic} interact is described here with enough text to look real. `.repeat(3),
    '',
  ];
  return { fileName: `${slug}.mdx`, text: lines.join('\n') };
}

export function syntheticQuestions({ count, categories, seed = 42 }: SyntheticOptions): SyntheticFile[] {
  const random = seededRandom(seed);
  const rareTagCount = Math.max(50, Math.floor(count / 4));
  return Array.from({ length: count }, (_, index) => syntheticQuestion(index + 1, random, categories, rareTagCount));
}
