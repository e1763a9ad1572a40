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

const SOURCE_TYPES = ['guideline', 'systematic-review', 'trial', 'study', 'health-information'];

function slugOf(index: number): string {
  return `synthetic-question-${String(index).padStart(6, '0')}`;
}

function paragraph(topic: string, lead: string, sentences: number): string {
  const filler = [
    `Most people notice ${topic} only when something changes, and the change is often small.`,
    'Research on this is still growing, so the advice may change as better studies are published.',
    'Simple habits usually matter more than products, supplements or expensive equipment.',
    'If a symptom is new, severe or keeps coming back, it is worth asking a doctor or pharmacist.',
    `The effect of ${topic} varies from person to person, with age, health and daily routine.`,
    'Keeping a short diary for a couple of weeks can show patterns that are easy to miss.',
  ];
  return [lead, ...Array.from({ length: sentences }, (_, n) => filler[n % filler.length])].join(' ');
}

/**
 * One synthetic question of the shipped questions' size and shape (about 10 KB): five sources, five
 * key points, tips, myths and mistakes, four FAQs, aliases, curated related questions, and a body of
 * several sections that links to three other questions.
 */
export function syntheticQuestion(
  index: number,
  random: () => number,
  categories: readonly string[],
  rareTagCount: number,
  count = index,
): SyntheticFile {
  const [first, second] = [pick(random, WORDS), pick(random, WORDS)];
  const topic = `${first} and ${second}`;
  const tags = [
    ...new Set(Array.from({ length: 3 + Math.floor(random() * 3) }, () => longTailTag(random, rareTagCount))),
  ];
  const published = isoDate(random);
  // Other questions of the same library, for curated related questions and body links.
  const others = [1, 2, 3, 4, 5]
    .map((n) => ((index - 1 + n * 7919) % Math.max(count, 1)) + 1)
    .filter((other, n, all) => other !== index && all.indexOf(other) === n);
  const sources = [1, 2, 3, 4, 5].map((n) => ({
    id: `source-${n}`,
    url: `https://www.nhs.uk/conditions/example-${index}-${n}/`,
    type: SOURCE_TYPES[(index + n) % SOURCE_TYPES.length],
  }));
  const lines = [
    '---',
    `title: "Synthetic question ${index}: how do ${topic} interact?"`,
    `subject: "${syntheticSubject(topic, index)}"`,
    'summary: >-',
    `  A synthetic summary about ${topic} for question ${index}. It explains what usually happens, why it`,
    '  happens, what helps and when to get advice, in the plain words of a real summary, long enough to',
    '  look like one.',
    'shortAnswer: >-',
    `  A synthetic short answer about ${topic}. It may help some people, the evidence is mixed, and a`,
    '  doctor can help when symptoms last, get worse or worry you.',
    'verdict: mixed-evidence',
    `verdictNote: The studies on ${topic} are small and their results point different ways.`,
    `category: ${pick(random, categories)}`,
    `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    // The file name is the slug of a name the page has (the check requires it): here, an alias.
    `aliases: ["${slugOf(index).replaceAll('-', ' ')}", "${topic} question ${index}", "does ${topic} matter ${index}"]`,
    `related: [${others.slice(0, 2).map(slugOf).join(', ')}]`,
    `published: ${published}`,
    `updated: ${published}`,
    // Every synthetic question says when to get help, so it passes in a symptoms category too.
    'whenToGetHelp:',
    '  - action: 999-or-ae',
    '    signs:',
    '      - you have sudden, severe symptoms',
    '  - action: gp-or-111',
    '    signs:',
    `      - your symptoms last more than 2 weeks`,
    'sources:',
    ...sources.flatMap((source, n) => [
      `  - id: ${source.id}`,
      `    title: Synthetic source ${n + 1} on ${topic}`,
      '    publisher: NHS',
      `    url: ${source.url}`,
      `    type: ${source.type}`,
      '    year: 2024',
    ]),
    'keyPoints:',
    ...sources.flatMap((source) => [
      '  - text: >-',
      `      A key point about ${topic} backed by ${source.id}: what the source found, in whom, and how`,
      '      sure we can be about it, written in one or two plain sentences like the shipped ones.',
      `    sources: [${source.id}]`,
    ]),
    'tips:',
    ...['Start small', 'Keep a diary', 'Look at the whole day', 'Ask a pharmacist', 'Know when to get checked'].flatMap(
      (title) => [
        `  - title: ${title}`,
        '    text: >-',
        `      Make one change to ${topic} at a time and see how you feel after a week or two; small,`,
        '      steady changes are easier to keep than big ones.',
      ],
    ),
    'myths:',
    '  - kind: myth',
    `    claim: ${topic} never matter.`,
    '    correction: >-',
    '      They may matter for some people, depending on their health, age and routine.',
    '  - kind: mistake',
    '    claim: Ignoring persistent symptoms.',
    '    correction: >-',
    '      Persistent symptoms deserve a check-up, even when they seem minor.',
    '  - kind: myth',
    '    claim: A supplement fixes it.',
    '    correction: >-',
    '      Few supplements have good evidence behind them; food, sleep and activity matter more.',
    'faqs:',
    ...[
      `Does ${topic} affect everyone?`,
      'When should I see a doctor?',
      'Is there a quick fix?',
      'Can children be affected?',
    ].flatMap((question) => [
      `  - question: ${question}`,
      '    answer: >-',
      `      Not everyone in the same way. Small, steady changes to ${topic} usually work best, and a`,
      '      doctor can help if symptoms persist, worsen or worry you.',
    ]),
    '---',
    '',
    paragraph(topic, `This synthetic answer discusses ${topic} at the length of a real one.`, 6),
    '',
    paragraph(topic, `A second paragraph on ${topic}, as most answers open with two or three.`, 5),
    '',
    '### When to get advice',
    '',
    paragraph(
      topic,
      `Call 999 if ${topic} come with chest pain, fainting or breathlessness; see also [[${slugOf(others[0])}|a related question]].`,
      5,
    ),
    '',
    '### Who should be more careful',
    '',
    paragraph(topic, 'Older people, pregnant women and people with long-term conditions may need other advice.', 4),
    '',
    '## Why this happens',
    '',
    '### The first reason',
    '',
    paragraph(topic, `The first reason ${topic} interact, with a link to [[${slugOf(others[1])}]].`, 5),
    '',
    '### The second reason',
    '',
    paragraph(topic, `The second reason ${topic} interact is described here with enough text to look real.`, 5),
    '',
    '### The third reason',
    '',
    paragraph(topic, `A third reason, as explained in [[${slugOf(others[2])}|another answer]].`, 4),
    '',
  ];
  return { fileName: `${slugOf(index)}.mdx`, text: lines.join('\n') };
}

export function syntheticQuestions({ count, categories, seed = 42 }: SyntheticOptions): SyntheticFile[] {
  const random = seededRandom(seed);
  const rareTagCount = Math.max(50, Math.floor(count / 4));
  return Array.from({ length: count }, (_, index) =>
    syntheticQuestion(index + 1, random, categories, rareTagCount, count),
  );
}
