// "Is this page useful?" and "Report a problem with this page" at the foot of every question, in the
// NHS style: two plain forms that post to /api/feedback and work without JavaScript (the report form
// opens with <details>). A hidden field no person fills in catches form-filling robots. The page stays
// cached: the forms are the same for every reader, and nothing here reads or sets a cookie.
import Link from 'next/link';
import { FEEDBACK_LIMITS, HONEYPOT_FIELD } from '@/lib/feedback/form';

const BUTTON =
  'min-h-11 min-w-20 rounded-md border-2 border-teal-800 bg-white px-4 py-2 font-semibold text-teal-900 hover:bg-teal-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-teal-300 dark:bg-slate-900 dark:text-teal-200 dark:hover:bg-slate-800';
const FIELD =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100';

/** The robot trap: off-screen, out of the tab order, hidden from assistive technology. */
function Honeypot({ id }: { id: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export function PageFeedback({ slug }: { slug: string }) {
  return (
    <section
      data-section="page-feedback"
      aria-labelledby="page-feedback-heading"
      className="relative mt-10 rounded-lg bg-slate-100 p-5 print:hidden dark:bg-slate-800/60"
    >
      <form method="post" action="/api/feedback" className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <h2 id="page-feedback-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          Is this page useful?
        </h2>
        <input type="hidden" name="kind" value="useful" />
        <input type="hidden" name="page" value={slug} />
        <Honeypot id="page-feedback-useful-check" />
        <div className="flex gap-3">
          <button type="submit" name="useful" value="yes" className={BUTTON}>
            Yes
          </button>
          <button type="submit" name="useful" value="no" className={BUTTON}>
            No
          </button>
        </div>
      </form>
      <details className="mt-4 group">
        <summary className="cursor-pointer font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300">
          Report a problem with this page
        </summary>
        <form method="post" action="/api/feedback" className="mt-4 space-y-4">
          <input type="hidden" name="kind" value="report" />
          <input type="hidden" name="page" value={slug} />
          <div>
            <label htmlFor="page-feedback-what" className="font-medium text-slate-900 dark:text-slate-100">
              What is wrong with this page?
            </label>
            <p id="page-feedback-what-hint" className="text-sm text-slate-700 dark:text-slate-300">
              For example, a mistake, an out-of-date source or a broken link. Do not include medical details: we cannot
              give medical advice.
            </p>
            <textarea
              id="page-feedback-what"
              name="what"
              required
              rows={4}
              maxLength={FEEDBACK_LIMITS.what}
              aria-describedby="page-feedback-what-hint"
              className={FIELD}
            />
          </div>
          <div>
            <label htmlFor="page-feedback-contact" className="font-medium text-slate-900 dark:text-slate-100">
              Your email address or phone number (optional)
            </label>
            <p id="page-feedback-contact-hint" className="text-sm text-slate-700 dark:text-slate-300">
              Only if you are happy for an editor to contact you about this report.
            </p>
            <input
              id="page-feedback-contact"
              type="text"
              name="contact"
              maxLength={FEEDBACK_LIMITS.contact}
              autoComplete="email"
              aria-describedby="page-feedback-contact-hint"
              className={FIELD}
            />
          </div>
          <Honeypot id="page-feedback-report-check" />
          <button type="submit" className={BUTTON}>
            Send report
          </button>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            What we keep and for how long:{' '}
            <Link href="/privacy" prefetch={false} className="underline">
              privacy notice
            </Link>
            .
          </p>
        </form>
      </details>
    </section>
  );
}
