// `npm run bench:related [-- --count 10000]`: related questions (lib/content/related.ts) and the whole
// slim index build for a synthetic corpus of N questions. Prints time and memory; asserts nothing.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildContentIndex, type GeneratedCategory, type GeneratedQuestion } from '../../lib/build/content-index';
import { categoryPath, questionPath } from '../../lib/content/paths';
import { computeRelated, RELATED_LIMIT } from '../../lib/content/related';
import { seededRandom } from './synthetic-content';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const QUESTIONS = Number(values.count);
const TAGS = 600;
const CATEGORIES = 12;
const RUNS = 3;

function corpus(): { questions: GeneratedQuestion[]; categories: GeneratedCategory[] } {
  const next = seededRandom(42);
  // Tag popularity follows Zipf's law, as real tags do: a few on thousands of questions, most on a handful.
  const weights = Array.from({ length: TAGS }, (_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const pickTag = () => {
    let roll = next() * total;
    for (let rank = 0; rank < TAGS; rank++) if ((roll -= weights[rank]) <= 0) return `Tag ${rank}`;
    return `Tag ${TAGS - 1}`;
  };
  const categories: GeneratedCategory[] = Array.from({ length: CATEGORIES }, (_, i) => ({
    title: `Category ${i}`,
    description: 'Synthetic',
    slug: `category-${i}`,
    url: categoryPath(`category-${i}`),
    _raw: { sourceFilePath: `categories/category-${i}.yaml` },
  }));
  const drafts = Array.from({ length: QUESTIONS }, () => next() < 0.02);
  // Links point at published questions only: a link to a draft would (rightly) stop the build.
  const publishedQuestion = (): number => {
    const i = Math.floor(next() * QUESTIONS);
    return drafts[i] ? publishedQuestion() : i;
  };
  const questions = Array.from({ length: QUESTIONS }, (_, i): GeneratedQuestion => {
    const slug = `question-${i}`;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 1000) * 86_400_000).toISOString();
    const tags = Array.from({ length: 3 + Math.floor(next() * 5) }, pickTag);
    const curated = next() < 0.1 ? [`question-${Math.floor(next() * QUESTIONS)}`] : [];
    const link = next() < 0.2 ? ` See [[Question ${publishedQuestion()} title]].` : '';
    return {
      title: `Question ${i} title`,
      subject: `Subject ${i}`,
      summary: `Summary of question ${i}.${link}`,
      shortAnswer: 'A short answer.',
      keyPoints: [{ text: 'A key point.' }],
      faqs: [{ question: 'A question?', answer: 'An answer.' }],
      category: `category-${Math.floor(next() * CATEGORIES)}`,
      tags,
      related: curated,
      published: day,
      updated: day,
      draft: drafts[i],
      slug,
      url: questionPath(slug),
      readerWords: 800,
      _raw: { sourceFilePath: `questions/${slug}.mdx`, flattenedPath: `questions/${slug}` },
    };
  });
  return { questions, categories };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

interface Timing {
  wall: number;
  cpu: number;
}

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
function time(run: () => void): Timing {
  const start = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

function describe(timings: Timing[]): string {
  const wall = median(timings.map((t) => t.wall));
  const cpu = median(timings.map((t) => t.cpu));
  return `median ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, of ${timings.length} runs`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const { questions, categories } = corpus();
const baseline = process.memoryUsage();
const slim = buildContentIndex(questions, categories).questions;

let related = new Map<string, string[]>();
const relatedTimes = Array.from({ length: RUNS }, () => time(() => (related = computeRelated(slim))));
const heapAfterRelated = process.memoryUsage().heapUsed;
const indexTimes = Array.from({ length: RUNS }, () => time(() => buildContentIndex(questions, categories)));

const lengths = [...related.values()].map((list) => list.length);
const distinctTags = new Set(slim.flatMap((entry) => entry.tags.map((tag) => tag.slug))).size;
console.log(`Synthetic corpus: ${questions.length} questions, ${distinctTags} distinct tags, ${CATEGORIES} categories`);
console.log(
  `Related lists: ${related.size}, average length ${(lengths.reduce((a, b) => a + b, 0) / lengths.length).toFixed(2)} (limit ${RELATED_LIMIT}), empty ${lengths.filter((n) => n === 0).length}`,
);
console.log(`computeRelated: ${describe(relatedTimes)}`);
console.log(`buildContentIndex (related, neighbours, link checks): ${describe(indexTimes)}`);
console.log(`Heap used: ${mb(baseline.heapUsed)} before, ${mb(heapAfterRelated)} after computeRelated`);
console.log(`Peak RSS (whole process): ${mb(process.resourceUsage().maxRSS * 1024)}`);
