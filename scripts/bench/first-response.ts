// Times the first request (rendered on demand) and the second (from the ISR cache) for questions
// that a build did not prerender, against `next start` on a free port (scripts/lib/built-site.ts).
import { onDemandQuestions, startBuiltSite } from '../lib/built-site';

async function timed(url: string): Promise<{ ms: number; status: number; cache: string | null }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, cache: response.headers.get('x-nextjs-cache') };
}

export async function firstResponseTimes(projectDir: string, sample = 5): Promise<string> {
  const longTail = onDemandQuestions(projectDir);
  const picks = Array.from(
    { length: Math.min(sample, longTail.length) },
    (_, i) => longTail[Math.floor((i * longTail.length) / sample)],
  );
  if (picks.length === 0) return 'first response: every question was prerendered';
  // The server's own code paths are warmed on a prerendered page, so the figures are of rendering.
  const site = await startBuiltSite({ cwd: projectDir, output: 'ignore' });
  try {
    const base = site.baseUrl;
    await timed(`${base}/`);
    const lines = [`first response of ${picks.length} questions that were not prerendered (of ${longTail.length}):`];
    for (const question of picks) {
      const first = await timed(base + question.url);
      const second = await timed(base + question.url);
      lines.push(
        `  ${question.url.padEnd(48)} first ${first.ms.toFixed(0).padStart(5)} ms (${first.status}, ${first.cache ?? '-'})  second ${second.ms.toFixed(0).padStart(4)} ms (${second.status}, ${second.cache ?? '-'})`,
      );
    }
    return lines.join('\n');
  } finally {
    await site.stop();
  }
}
