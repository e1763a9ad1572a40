// Lighthouse gate: serves the production build on a free port, runs Lighthouse (mobile, its default)
// on a question page, prints the four category scores and exits non-zero if the gate fails.
// Usage: npm run build && npm run lighthouse [-- /questions/<slug>]
import {
  failingCategories,
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_MIN_SCORE,
  lighthouseGate,
  type LighthouseScores,
} from '../tests/helpers/lighthouse';
import { startBuiltSite } from '../tests/helpers/start-built-site';

const DEFAULT_PAGE = '/questions/why-do-my-muscles-twitch-after-a-workout';

function format(scores: LighthouseScores): string {
  return LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ');
}

async function main(): Promise<number> {
  const site = await startBuiltSite();
  try {
    const url = new URL(process.argv[2] ?? DEFAULT_PAGE, site.baseUrl).toString();
    console.log(`Lighthouse ${url}`);
    const result = await lighthouseGate(url, (scores, run) => console.log(`  run ${run}: ${format(scores)}`));
    console.log('Scores (median run):');
    for (const category of LIGHTHOUSE_CATEGORIES) console.log(`  ${category.padEnd(15)} ${result.median[category]}`);
    if (!result.passed) {
      console.error(
        `Below ${LIGHTHOUSE_MIN_SCORE} in most runs: ${failingCategories(result.median).join(', ') || 'see runs above'}`,
      );
      return 1;
    }
    return 0;
  } finally {
    await site.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
