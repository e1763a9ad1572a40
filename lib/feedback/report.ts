// Readers' feedback as `npm run report` shows it to editors: per page, the "Is this page useful?"
// counts and the open reports (newest first, each with the id that `--handled` takes), pages with
// open reports first. Pure: the summary and the page titles go in, text comes out.
import type { FeedbackSummary } from './store';

export interface FeedbackPage {
  slug: string;
  title: string;
}

export function formatFeedback(
  summary: FeedbackSummary,
  pages: readonly FeedbackPage[],
  format: 'text' | 'github',
): string {
  const titles = new Map(pages.map((page) => [page.slug, page.title]));
  const slugs = new Set([...summary.useful.keys(), ...summary.reports.map((report) => report.slug)]);
  const open = (slug: string) => summary.reports.filter((report) => report.slug === slug && !report.handled);
  const ordered = [...slugs].sort(
    (a, b) => open(b).length - open(a).length || (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b),
  );
  const handled = summary.reports.filter((report) => report.handled).length;
  const heading = format === 'github' ? '## Reader feedback' : 'Reader feedback';
  if (ordered.length === 0) return `${heading}\n\nNo feedback yet.`;
  const lines = [heading, ''];
  for (const slug of ordered) {
    const counts = summary.useful.get(slug) ?? { yes: 0, no: 0 };
    const title = titles.get(slug) ?? `${slug} (no longer published)`;
    const reports = open(slug);
    lines.push(
      format === 'github'
        ? `### ${escapeMarkdown(title)}\n\nUseful: ${counts.yes} yes, ${counts.no} no · open reports: ${reports.length}`
        : `${title}  (useful: ${counts.yes} yes, ${counts.no} no; open reports: ${reports.length})`,
    );
    for (const report of reports) {
      const contact = report.contact ? ` [contact: ${report.contact}]` : '';
      const text = `${report.at.slice(0, 10)} ${report.id}: ${oneLine(report.what)}${contact}`;
      lines.push(format === 'github' ? `- ${escapeMarkdown(text)}` : `  - ${text}`);
    }
    lines.push('');
  }
  lines.push(`${handled} report(s) marked handled. Mark one with: npm run report -- --handled <id>`);
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Readers wrote this: nothing they typed may become a link, a heading or a mention in an issue. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>@]/g, '\\$&');
}
