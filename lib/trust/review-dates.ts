// When a page was last reviewed and when its next review is due, in the NHS style ("Page last
// reviewed: … Next review due: …"). A page counts as reviewed on the later of its clinical review
// (`reviewed`) and its last editorial update (`updated`); the next review is due the editorial
// policy's interval later. The review report and the page read the same dates from here.

/** The editorial policy: how often a page is looked at again, and how old its sources may be. */
export interface ReviewPolicy {
  /** A page last reviewed or updated more than this many months ago is due. */
  reviewAfterMonths: number;
  /** A source published more than this many years before this year makes its page due. */
  sourceMaxAgeYears: number;
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { reviewAfterMonths: 12, sourceMaxAgeYears: 10 };

export interface ReviewDates {
  /** YYYY-MM-DD */
  lastReviewed: string;
  /** Which field gave it. */
  lastReviewedField: 'reviewed' | 'updated';
  /** YYYY-MM-DD */
  nextReviewDue: string;
}

/** `day` (YYYY-MM-DD) moved by whole calendar months (negative: back), clamped to the end of a short month. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12;
  const lastDate = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(date, lastDate))).toISOString().slice(0, 10);
}

/** The later of the two dates (YYYY-MM-DD or ISO timestamps), or undefined when the page has neither. */
export function lastReviewed(dates: {
  reviewed?: string;
  updated?: string;
}): { day: string; field: 'reviewed' | 'updated' } | undefined {
  const reviewed = dates.reviewed?.slice(0, 10);
  const updated = dates.updated?.slice(0, 10);
  if (reviewed && (!updated || reviewed > updated)) return { day: reviewed, field: 'reviewed' };
  return updated ? { day: updated, field: 'updated' } : undefined;
}

/** A question's review dates; every question has an `updated` date, so these always exist. */
export function reviewDates(
  doc: { reviewed?: string; updated: string },
  policy: ReviewPolicy = DEFAULT_REVIEW_POLICY,
): ReviewDates {
  const last = lastReviewed(doc) ?? { day: doc.updated.slice(0, 10), field: 'updated' as const };
  return {
    lastReviewed: last.day,
    lastReviewedField: last.field,
    nextReviewDue: addMonths(last.day, policy.reviewAfterMonths),
  };
}
