// `npm run bench:search [-- --count 10000]`: the serialised search index size and the median search
// time, for the shipped content (run `npm run content` first) and for N synthetic questions; then what
// the header box costs a reader who types a six-letter word, one keystroke at a time: the bytes
// transferred (one /api/suggest answer per keystroke, the most the box asks for) and the server's time
// per suggestion answer (p50, p95, cold: no cache). The whole index's size is printed for comparison:
// it is what a phone would download if the browser searched by itself.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { ContentIndex, QuestionEntry } from '../../lib/content/types';
import { categoryPath, CONTENT_INDEX_PATH, questionPath } from '../../lib/content/paths';
import { tokenize } from '../../lib/search/terms';
import {
  buildSearchIndex,
  loadSearchIndex,
  searchQuestions,
  serializeSearchIndex,
  suggestQuestions,
  type SearchEngine,
} from '../../lib/search/engine';
import { SUGGEST_CACHE_CONTROL, SUGGESTION_COUNT, suggestionKey, toSuggestion } from '../../lib/search/suggest';
import { securityHeaders } from '../../lib/http/security-headers';
import { seededRandom } from './synthetic-content';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const SYNTHETIC_COUNT = Number(values.count);
const ROUNDS = 20;
// Exact words, plurals, typos, type-ahead prefixes and a long question, as readers type them.
const QUERIES = [
  'muscle cramps',
  'twiching',
  'why do my muscles twitch after a workout',
  'protien',
  'sleep',
  'heart rate',
  'back pain when running',
  'hydr',
  'str',
  'caffeine and sleep quality',
  'is coffee bad for you',
  'dehydration signs',
];

const WORDS = (
  'muscle cramp twitch workout sleep caffeine coffee heart rate blood pressure protein fibre diet hydration ' +
  'electrolyte stretch injury recovery pain back knee ankle shoulder running walking strength cardio weight ' +
  'stress anxiety depression meditation breathing headache migraine fatigue tired energy vitamin mineral ' +
  'magnesium potassium calcium iron sugar salt alcohol wine smoking skin rash acne sun burn cold flu fever ' +
  'cough throat immune virus infection allergy asthma lungs digestion stomach bloating gut bowel diabetes ' +
  'cholesterol posture sitting standing steps exercise training rest sore swelling ice heat doctor symptom ' +
  'sign cause treatment prevention risk safe harmful benefit evidence study night morning daily weekly ' +
  'children adults older pregnancy women men athletes beginners dizziness palpitation chest breath joint'
).split(' ');

/** The shipped content's words, most frequent first, so synthetic text has a realistic vocabulary. */
function vocabulary(shipped: ContentIndex): string[] {
  const counts = new Map<string, number>(WORDS.map((word) => [word, 1]));
  for (const q of shipped.questions) {
    const text = [q.title, q.summary, q.shortAnswer, ...q.faqQuestions, ...q.aliases].join(' ').toLowerCase();
    for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

function syntheticIndex(count: number, vocab: string[]): ContentIndex {
  const next = seededRandom(42);
  // Log-uniform ranks approximate Zipf's law: a few words are everywhere, most are rare.
  const word = () => vocab[Math.floor(Math.pow(vocab.length, next())) - 1];
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const categories = Array.from({ length: 12 }, (_, i) => ({
    slug: `category-${i}`,
    url: categoryPath(`category-${i}`),
    title: `${words(2)} ${i}`,
    description: words(12),
  }));
  const questions = Array.from({ length: count }, (_, i): QuestionEntry => {
    const slug = `synthetic-question-${i}`;
    return {
      slug,
      url: questionPath(slug),
      title: `Why does ${words(5)} happen?`,
      subject: `Subject ${i}`,
      summary: words(40),
      shortAnswer: words(45),
      category: categories[i % categories.length].slug,
      tags: Array.from({ length: 4 }, () => {
        const name = words(2);
        return { name, slug: name.replaceAll(' ', '-') };
      }),
      aliases: [words(5), words(5)],
      faqQuestions: Array.from({ length: 4 }, () => `How does ${words(6)} work?`),
      published: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      draft: false,
      featured: false,
      readerWords: 1000,
      readingMinutes: 5,
      curatedRelated: [],
      related: [],
      documentPath: '',
      sourceFilePath: '',
    };
  });
  return { questions, categories };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Six-letter words a reader may type into the box, each sent as its six prefixes ("m", "mu", … "muscle").
const TYPED_WORDS = [
  'muscle',
  'cramps',
  'twitch',
  'sleepy',
  'vitami',
  'stretc',
  'hydrat',
  'caffei',
  'protei',
  'anxiet',
];

/** The bytes of one /api/suggest response on the wire: status line, headers and gzipped body. */
function suggestResponseBytes(body: string): number {
  const headers = [
    'HTTP/1.1 200 OK',
    'content-type: application/json; charset=utf-8',
    `cache-control: ${SUGGEST_CACHE_CONTROL}`,
    'content-encoding: gzip',
    'vary: Accept-Encoding',
    `date: ${new Date().toUTCString()}`,
    'connection: keep-alive',
    'keep-alive: timeout=5',
    'transfer-encoding: chunked',
    ...securityHeaders({ dev: false, https: true }).map(({ key, value }) => `${key}: ${value}`),
  ];
  return Buffer.byteLength(headers.join('\r\n') + '\r\n\r\n') + gzipSync(body).length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function benchTyping(engine: SearchEngine, json: string) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const perWord: number[] = [];
  for (const word of TYPED_WORDS) {
    let bytes = 0;
    for (let length = 1; length <= word.length; length++) {
      const key = suggestionKey(word.slice(0, length));
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const body = JSON.stringify(suggestQuestions(engine, key, SUGGESTION_COUNT).map(toSuggestion));
      const cpu = process.cpuUsage(cpuStart);
      times.push(performance.now() - start);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      bytes += suggestResponseBytes(body);
    }
    perWord.push(bytes);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const sortedCpu = [...cpuTimes].sort((a, b) => a - b);
  const indexBytes = gzipSync(json).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    [
      `  typing a 6-letter word (${TYPED_WORDS.length} words), suggestions from the server (/api/suggest):`,
      `    transferred: median ${kb(median(perWord))}, max ${kb(Math.max(...perWord))} for 6 answers (no browser or CDN cache hit); the whole index would be ${kb(indexBytes)}`,
      `    server time per answer (${times.length} answers, cold): wall p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms; ` +
        `CPU p50 ${percentile(sortedCpu, 0.5).toFixed(2)} ms, p95 ${percentile(sortedCpu, 0.95).toFixed(2)} ms (wall exceeds CPU on a busy machine)`,
    ].join('\n'),
  );
}

function bench(label: string, index: ContentIndex) {
  let start = performance.now();
  const json = serializeSearchIndex(buildSearchIndex(index));
  const buildMs = performance.now() - start;
  start = performance.now();
  const engine = loadSearchIndex(json);
  const loadMs = performance.now() - start;

  for (const query of QUERIES) searchQuestions(engine, query); // warm up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      start = performance.now();
      searchQuestions(engine, query);
      times.push(performance.now() - start);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    [
      `${label}: ${engine.documentCount} questions (load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')})`,
      `  index: ${Buffer.byteLength(json)} bytes (${gzipSync(json).length} gzipped)`,
      `  build + serialise: ${buildMs.toFixed(0)} ms, load (loadJSON): ${loadMs.toFixed(1)} ms`,
      `  search: median ${median(times).toFixed(3)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(3)} ms ` +
        `(${times.length} searches over ${QUERIES.length} queries)`,
    ].join('\n'),
  );
  benchTyping(engine, json);
}

let shipped: ContentIndex;
try {
  shipped = JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
} catch {
  console.error(`No ${CONTENT_INDEX_PATH}: run \`npm run content\` first.`);
  process.exit(1);
}
bench('Shipped content', shipped);
const vocab = vocabulary(shipped);
console.log(`(synthetic text drawn from ${vocab.length} words, Zipf-distributed)`);
bench('Synthetic', syntheticIndex(SYNTHETIC_COUNT, vocab));
