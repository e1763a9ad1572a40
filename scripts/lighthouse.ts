// Lighthouse gate: serves the production build on a free port, runs Lighthouse on a question page,
// prints the four category scores and exits non-zero if the gate fails (below 95 in most runs).
// Usage: npm run build && npm run lighthouse [-- [--mobile] [/questions/<slug>]]
// The gate uses the desktop preset (see GATE_FORM_FACTOR); --mobile applies it to the mobile preset.
import {
  failingCategories,
  GATE_FORM_FACTOR,
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_MIN_SCORE,
  lighthouseGate,
  type LighthouseScores,
} from './lib/lighthouse';
import { startBuiltSite } from './lib/built-site';

const DEFAULT_PAGE = '/questions/why-do-my-muscles-twitch-after-a-workout';

function format(scores: LighthouseScores): string {
  return LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ');
}

async function main(): Promise<number> {
  const site = await startBuiltSite();
  try {
    const args = process.argv.slice(2);
    const formFactor = args.includes('--mobile') ? 'mobile' : GATE_FORM_FACTOR;
    const pagePath = args.find((arg) => arg.startsWith('/')) ?? DEFAULT_PAGE;
    const url = new URL(pagePath, site.baseUrl).toString();
    console.log(`Lighthouse (${formFactor}) ${url}`);
    const result = await lighthouseGate(
      url,
      (scores, run) => console.log(`  run ${run}: ${format(scores)}`),
      formFactor,
      (error) => console.log(`  (not recorded, run again: ${error.code})`),
    );
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
