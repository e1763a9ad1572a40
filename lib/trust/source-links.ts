// Which cited sources no longer answer: every source address of every question, with the file, line
// and column it is written on, and a check of each address that tells a dead page (404, 410, a name
// that no longer resolves) from a publisher that only turns robots away (401, 403, 429), which a
// person can still open. Pure but for the `fetch` it is handed.
import { QUESTION_FILE } from '../content/files';
import { asList, asRecord } from '../content-check/frontmatter-values';
import { parseMdxFile, type SourceFile } from '../content-check/parse';

export interface SourceLink {
  file: string;
  line: number;
  column: number;
  field: string;
  url: string;
}

export interface DeadLink extends SourceLink {
  /** What the address answered, in words: "HTTP 404", "no answer in 20 s", "getaddrinfo ENOTFOUND …". */
  reason: string;
}

/** Every http(s) source address, in file order. */
export function collectSourceLinks(files: readonly SourceFile[]): SourceLink[] {
  return files.flatMap((file) => {
    if (!QUESTION_FILE.test(file.contentPath) || file.encoding) return [];
    const { yaml } = parseMdxFile(file.text);
    return asList(asRecord(yaml.data).sources).flatMap((source, index) => {
      const { url } = asRecord(source);
      if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return [];
      const at = yaml.locate(['sources', index, 'url']);
      return [{ file: file.path, line: at.line, column: at.column, field: `sources[${index}].url`, url }];
    });
  });
}

/** Statuses a publisher gives robots while the page still works for readers. */
const BLOCKED = new Set([401, 403, 429]);

export type Fetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'status'>>;

export interface LinkCheckOptions {
  fetch?: Fetch;
  timeoutMs?: number;
  /** Addresses asked at once. */
  concurrency?: number;
}

/** Why one address is dead, or undefined when it answers (or only refuses robots). */
export async function deadReason(url: string, { fetch: get = fetch, timeoutMs = 20_000 }: LinkCheckOptions = {}) {
  const ask = async (method: 'HEAD' | 'GET') =>
    get(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'health-answers source link check', accept: 'text/html,*/*' },
    });
  try {
    let { status } = await ask('HEAD');
    // Some servers refuse HEAD (405, 501) or answer it wrongly: ask again as a reader's browser would.
    if (status >= 400 && !BLOCKED.has(status)) status = (await ask('GET')).status;
    return status >= 400 && !BLOCKED.has(status) ? `HTTP ${status}` : undefined;
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return `no answer in ${Math.round(timeoutMs / 1000)} s`;
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}

/** The dead links among `links`; each address is asked once, however many pages cite it. */
export async function findDeadLinks(links: readonly SourceLink[], options: LinkCheckOptions = {}): Promise<DeadLink[]> {
  const urls = [...new Set(links.map((link) => link.url))];
  const reasons = new Map<string, string | undefined>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      reasons.set(url, await deadReason(url, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, urls.length) }, worker));
  return links.flatMap((link) => {
    const reason = reasons.get(link.url);
    return reason === undefined ? [] : [{ ...link, reason }];
  });
}

export function deadLinkMessage(link: DeadLink): string {
  return `${link.url} is dead (${link.reason}); find where the publisher moved it, or cite another source`;
}

export function formatDeadLink(link: DeadLink): string {
  return `${link.file}:${link.line}:${link.column}  ${link.field}: ${deadLinkMessage(link)}`;
}

/** The words a report with nothing dead starts with: the workflow closes the issue when it sees them. */
export const NO_DEAD_LINKS = 'No dead source links';

/** Markdown for an issue body: one row per dead address, with the file and line to edit. */
export function formatDeadLinksMarkdown(dead: readonly DeadLink[], checked: number): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const summary =
    dead.length === 0
      ? `${NO_DEAD_LINKS}: all ${checked} source address(es) answer.`
      : `${dead.length} of ${checked} source address(es) no longer answer.`;
  const lines = ['## Dead source links', '', summary];
  if (dead.length > 0) {
    lines.push('', '| File | Field | Address | Answer |', '| --- | --- | --- | --- |');
    for (const link of dead) {
      lines.push(`| \`${cell(link.file)}:${link.line}\` | ${link.field} | ${cell(link.url)} | ${cell(link.reason)} |`);
    }
    lines.push('', 'Find where the publisher moved each page and update the `url`, or cite another source.');
  }
  return lines.join('\n');
}
