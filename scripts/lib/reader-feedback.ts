// The reader-feedback part of `npm run report`: connects to the site's Redis (FEEDBACK_REDIS_URL, else
// REDIS_URL), marks a report handled when asked, and formats the feedback per page. Says in one line
// why it shows nothing when no Redis is configured or it cannot be reached.
import { formatFeedback } from '../../lib/feedback/report';
import { connectFeedbackRedis, feedbackOptionsFromEnv, FeedbackStore } from '../../lib/feedback/store';

interface ReportedQuestion {
  file: string;
  title: string;
  draft: boolean;
}

export async function readerFeedback(
  questions: readonly ReportedQuestion[],
  format: string,
  handled: string | undefined,
  today: string,
): Promise<string> {
  const options = feedbackOptionsFromEnv(process.env);
  if (!options.url) return 'Reader feedback: not read (set FEEDBACK_REDIS_URL or REDIS_URL to the site’s Redis).';
  let store: FeedbackStore;
  try {
    store = new FeedbackStore(await connectFeedbackRedis(options.url), options);
  } catch (error) {
    return `Reader feedback: could not reach ${new URL(options.url).host} (${(error as Error).message}).`;
  }
  try {
    const lines: string[] = [];
    if (handled !== undefined) {
      const marked = await store.markHandled(handled, today);
      lines.push(marked ? `Marked report ${handled} handled.` : `No kept report has the id "${handled}".`, '');
    }
    const pages = questions
      .filter((question) => !question.draft)
      .map((question) => ({ slug: question.file.replace(/^.*\//, '').replace(/\.mdx$/, ''), title: question.title }));
    lines.push(formatFeedback(await store.summary(), pages, format === 'github' ? 'github' : 'text'));
    return lines.join('\n');
  } finally {
    store.close();
  }
}
