// Where a reader lands after sending feedback from a question page: what happened, and the way back.
// Rendered per request (it reads the result from the address), never indexed, never cached.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getQuestionEntry } from '@/lib/content/store';
import { FEEDBACK_LIMITS, type FeedbackResult } from '@/lib/feedback/form';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Your feedback',
  robots: { index: false, follow: false },
};

const MESSAGES: Record<FeedbackResult, { heading: string; text: string; sent: boolean }> = {
  useful: {
    heading: 'Thank you for your feedback',
    text: 'Your answer helps us see which pages need work. We cannot reply to this form.',
    sent: true,
  },
  report: {
    heading: 'Thank you: we have your report',
    text: 'An editor reads every report and corrects the page if it is wrong. If you left contact details, we may contact you about it.',
    sent: true,
  },
  'rate-limited': {
    heading: 'Your feedback could not be sent',
    text: 'We have had a lot of feedback from your connection in the last hour. Please try again later.',
    sent: false,
  },
  unavailable: {
    heading: 'Your feedback could not be sent',
    text: 'Something went wrong on our side and nothing was saved. Please try again later.',
    sent: false,
  },
  invalid: {
    heading: 'Your feedback could not be sent',
    text: `Please go back and check the form: say what is wrong, in ${FEEDBACK_LIMITS.what.toLocaleString('en-GB')} characters or fewer.`,
    sent: false,
  },
};

function isResult(value: unknown): value is FeedbackResult {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

interface FeedbackPageProps {
  searchParams: Promise<{ result?: string | string[]; page?: string | string[] }>;
}

export default async function FeedbackPage({ searchParams }: FeedbackPageProps) {
  const params = await searchParams;
  const result = isResult(params.result) ? params.result : 'invalid';
  const question = typeof params.page === 'string' ? getQuestionEntry(params.page) : undefined;
  const message = MESSAGES[result];
  return (
    <div className="mx-auto max-w-2xl" data-feedback-result={result}>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{message.heading}</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{message.text}</p>
      {message.sent ? null : (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          You can also email{' '}
          <a href={`mailto:${site.correctionsEmail}`} className="text-teal-800 underline dark:text-teal-300">
            {site.correctionsEmail}
          </a>
          .
        </p>
      )}
      {question && !question.draft ? (
        <p className="mt-8">
          <Link href={question.url} prefetch={false} className="font-medium text-teal-800 underline dark:text-teal-300">
            Back to “{question.title}”
          </Link>
        </p>
      ) : (
        <p className="mt-8">
          <Link href="/" prefetch={false} className="font-medium text-teal-800 underline dark:text-teal-300">
            Back to the home page
          </Link>
        </p>
      )}
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        What we keep, and for how long:{' '}
        <Link href="/privacy" prefetch={false} className="underline">
          privacy notice
        </Link>
        .
      </p>
    </div>
  );
}
