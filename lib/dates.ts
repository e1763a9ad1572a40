// Formats content dates for readers, in UTC so a page reads the same wherever it is built.

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return FORMAT.format(new Date(iso));
}

/** The date part (YYYY-MM-DD) of an ISO timestamp, for <time dateTime>. */
export function isoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}
