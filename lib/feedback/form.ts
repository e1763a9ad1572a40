// What a reader may send from a question page ("Is this page useful?" and "Report a problem with this
// page"), read from a plain form post and checked before anything is stored: a known page, fields
// within their limits, the honeypot empty, and the post made from a page of this site. Pure.

export const FEEDBACK_LIMITS = {
  /** Bytes of a whole form post; anything longer is refused before it is read further. */
  bodyBytes: 4096,
  /** Characters of "What is wrong?" */
  what: 1000,
  /** Characters of the optional contact (an email address or phone number). */
  contact: 200,
} as const;

/** The hidden field a person never fills in (see components/question/page-feedback.tsx). */
export const HONEYPOT_FIELD = 'website';

export type Feedback =
  { kind: 'useful'; slug: string; useful: boolean } | { kind: 'report'; slug: string; what: string; contact?: string };

export type ParsedFeedback =
  | { ok: true; feedback: Feedback }
  /** A robot filled in the honeypot: answer as if it worked, store nothing. */
  | { ok: false; reason: 'spam' }
  | { ok: false; reason: 'invalid'; message: string };

/** Collapses runs of white space and drops control characters a form has no use for. */
function clean(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parseFeedback(form: URLSearchParams, isPublishedQuestion: (slug: string) => boolean): ParsedFeedback {
  if ((form.get(HONEYPOT_FIELD) ?? '') !== '') return { ok: false, reason: 'spam' };
  const slug = form.get('page') ?? '';
  if (!isPublishedQuestion(slug)) return { ok: false, reason: 'invalid', message: 'unknown page' };
  const kind = form.get('kind');
  if (kind === 'useful') {
    const answer = form.get('useful');
    if (answer !== 'yes' && answer !== 'no')
      return { ok: false, reason: 'invalid', message: 'useful must be yes or no' };
    return { ok: true, feedback: { kind: 'useful', slug, useful: answer === 'yes' } };
  }
  if (kind === 'report') {
    const what = clean(form.get('what') ?? '');
    const contact = clean(form.get('contact') ?? '');
    if (what === '') return { ok: false, reason: 'invalid', message: 'say what is wrong' };
    if (what.length > FEEDBACK_LIMITS.what || contact.length > FEEDBACK_LIMITS.contact) {
      return { ok: false, reason: 'invalid', message: 'too long' };
    }
    return { ok: true, feedback: { kind: 'report', slug, what, ...(contact ? { contact } : {}) } };
  }
  return { ok: false, reason: 'invalid', message: 'unknown kind' };
}

/**
 * True when the post comes from a page of this site: the browser's Origin header names the host the
 * request was sent to (its Host, or X-Forwarded-Host behind a proxy) or the configured site address;
 * without an Origin, Sec-Fetch-Site must say same-origin. A post with neither is refused: every
 * browser that can post a form sends one of them.
 */
export function isSameOriginPost(headers: Headers, siteOrigin: string): boolean {
  const origin = headers.get('origin');
  if (origin === null || origin === 'null') return headers.get('sec-fetch-site') === 'same-origin';
  if (origin === siteOrigin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const served = [headers.get('host'), ...(headers.get('x-forwarded-host') ?? '').split(',')].map((value) =>
    value?.trim().toLowerCase(),
  );
  return served.includes(host.toLowerCase());
}

/** Where the reader lands after posting: the confirmation page, saying what happened. */
export type FeedbackResult = 'useful' | 'report' | 'rate-limited' | 'unavailable' | 'invalid';

export function resultPath(result: FeedbackResult, slug?: string): string {
  const params = new URLSearchParams({ result });
  if (slug) params.set('page', slug);
  return `/feedback?${params}`;
}
