// One feedback post, from request to answer: read at most FEEDBACK_LIMITS.bodyBytes, refuse a post
// from another site, check the fields, keep it, and send the reader to the confirmation page (303, so
// a reload does not post again). Every answer is `no-store` and sets no cookie.
import 'server-only';
import { getQuestionEntry } from '../content/store';
import { site } from '../site';
import { FEEDBACK_LIMITS, isSameOriginPost, parseFeedback, resultPath, type FeedbackResult } from './form';
import { onShutdown } from '../../runtime/shutdown.mjs';
import { connectFeedbackRedis, feedbackOptionsFromEnv, FeedbackStore } from './store';

const NO_STORE = { 'Cache-Control': 'no-store' };

let store: Promise<FeedbackStore> | undefined;

/** The store, connected once and again after a failure; undefined when no Redis is configured. */
function feedbackStore(): Promise<FeedbackStore> | undefined {
  const options = feedbackOptionsFromEnv(process.env);
  if (!options.url) return undefined;
  if (!store) {
    store = connectFeedbackRedis(options.url).then((client) => new FeedbackStore(client, options));
    // Closed when the server stops (runtime/start.mjs), after the requests in flight.
    onShutdown('redis (reader feedback)', forgetStore);
  }
  return store;
}

async function forgetStore(): Promise<void> {
  const failed = store;
  store = undefined;
  (await failed?.catch(() => undefined))?.close();
}

/** The body as text, or undefined when it is longer than `max` bytes. */
async function readLimited(request: Request, max: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return undefined;
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function redirect(result: FeedbackResult, slug?: string): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: resultPath(result, slug) } });
}

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The address the post came from, as the nearest proxy (or Next itself) recorded it last. */
function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown';
}

export async function handleFeedbackPost(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers, new URL(site.url).origin)) {
    return refuse(403, 'Forbidden: feedback is accepted only from this site’s own pages');
  }
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return refuse(415, 'Unsupported Media Type');
  const body = await readLimited(request, FEEDBACK_LIMITS.bodyBytes);
  if (body === undefined) return refuse(413, 'Payload Too Large');

  const parsed = parseFeedback(new URLSearchParams(body), (slug) => getQuestionEntry(slug)?.draft === false);
  if (!parsed.ok) return parsed.reason === 'spam' ? redirect('useful') : redirect('invalid');
  const { feedback } = parsed;

  const pending = feedbackStore();
  if (!pending) return redirect('unavailable', feedback.slug);
  try {
    const outcome = await (await pending).record(feedback, clientAddress(request));
    return redirect(outcome === 'rate-limited' ? 'rate-limited' : feedback.kind, feedback.slug);
  } catch {
    await forgetStore();
    return redirect('unavailable', feedback.slug);
  }
}
