import { describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, HONEYPOT_FIELD, isSameOriginPost, parseFeedback } from '@/lib/feedback/form';
import { formatFeedback } from '@/lib/feedback/report';

const known = (slug: string) => slug === 'why-do-my-knees-crack';
const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('reading a feedback post', () => {
  it('takes a yes or a no for a published page', () => {
    expect(parseFeedback(form({ kind: 'useful', page: 'why-do-my-knees-crack', useful: 'no' }), known)).toEqual({
      ok: true,
      feedback: { kind: 'useful', slug: 'why-do-my-knees-crack', useful: false },
    });
  });

  it('refuses an unknown page, so no post can add a counter of its own', () => {
    expect(parseFeedback(form({ kind: 'useful', page: 'made-up', useful: 'yes' }), known)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('takes a report, its white space tidied and control characters dropped, the contact optional', () => {
    const parsed = parseFeedback(
      form({
        kind: 'report',
        page: 'why-do-my-knees-crack',
        what: '  The  dose\r\n\r\n\r\n\r\nis wrong\u0007 ',
        contact: '',
      }),
      known,
    );
    expect(parsed).toEqual({
      ok: true,
      feedback: { kind: 'report', slug: 'why-do-my-knees-crack', what: 'The dose\n\nis wrong' },
    });
  });

  it('refuses an empty report and one over the length limits', () => {
    const report = (what: string, contact = '') =>
      parseFeedback(form({ kind: 'report', page: 'why-do-my-knees-crack', what, contact }), known);
    expect(report('   ')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(report('x'.repeat(FEEDBACK_LIMITS.what))).toMatchObject({ ok: true });
    expect(report('x'.repeat(FEEDBACK_LIMITS.what + 1))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(report('fine', 'y'.repeat(FEEDBACK_LIMITS.contact + 1))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('treats a filled-in honeypot as a robot, whatever else the post says', () => {
    expect(
      parseFeedback(
        form({ kind: 'useful', page: 'why-do-my-knees-crack', useful: 'yes', [HONEYPOT_FIELD]: 'x' }),
        known,
      ),
    ).toEqual({ ok: false, reason: 'spam' });
  });
});

describe('same-origin posts', () => {
  const headers = (fields: Record<string, string>) => new Headers(fields);
  const SITE = 'https://health.example';

  it('accepts a post from the host it was sent to, directly or through a proxy, or from the site address', () => {
    expect(isSameOriginPost(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), SITE)).toBe(true);
    expect(
      isSameOriginPost(
        headers({
          origin: 'https://www.health.example',
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'www.health.example',
        }),
        SITE,
      ),
    ).toBe(true);
    expect(isSameOriginPost(headers({ origin: SITE, host: 'internal:3000' }), SITE)).toBe(true);
  });

  it('refuses another site, an opaque origin, a garbled one, and a post with neither header', () => {
    expect(isSameOriginPost(headers({ origin: 'https://evil.example', host: 'health.example' }), SITE)).toBe(false);
    expect(isSameOriginPost(headers({ origin: 'null', host: 'health.example' }), SITE)).toBe(false);
    expect(isSameOriginPost(headers({ origin: 'not a url', host: 'health.example' }), SITE)).toBe(false);
    expect(isSameOriginPost(headers({ host: 'health.example' }), SITE)).toBe(false);
    expect(isSameOriginPost(headers({ 'sec-fetch-site': 'same-origin' }), SITE)).toBe(true);
    expect(isSameOriginPost(headers({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false);
  });
});

describe('the feedback report', () => {
  const summary = {
    useful: new Map([
      ['knees', { yes: 3, no: 1 }],
      ['sleep', { yes: 0, no: 2 }],
    ]),
    reports: [
      {
        id: 'a1',
        slug: 'sleep',
        what: 'The [link](https://spam.example) is\nbroken @someone',
        at: '2026-12-07T10:00:00.000Z',
      },
      { id: 'b2', slug: 'sleep', what: 'Old', at: '2026-12-01T10:00:00.000Z', handled: '2026-12-02' },
    ],
  };
  const pages = [
    { slug: 'knees', title: 'Why do my knees crack?' },
    { slug: 'sleep', title: 'How much sleep do adults need?' },
  ];

  it('lists pages with open reports first, with counts and each open report’s id', () => {
    const text = formatFeedback(summary, pages, 'text');
    expect(text.indexOf('How much sleep')).toBeLessThan(text.indexOf('Why do my knees'));
    expect(text).toContain('How much sleep do adults need?  (useful: 0 yes, 2 no; open reports: 1)');
    expect(text).toContain('  - 2026-12-07 a1: The [link](https://spam.example) is broken @someone');
    expect(text).not.toContain('b2');
    expect(text).toContain('1 report(s) marked handled');
  });

  it('escapes what readers wrote in the Markdown for an issue', () => {
    const markdown = formatFeedback(summary, pages, 'github');
    expect(markdown).toContain('\\[link\\]\\(https://spam\\.example\\)');
    expect(markdown).toContain('\\@someone');
  });
});
