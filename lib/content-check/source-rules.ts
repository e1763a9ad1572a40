// Rules on a question's sources and citations: unique ids and addresses, secure (https) web
// addresses, every key point citing a listed source and every listed source cited.
import { asList, asRecord, type Locate } from './frontmatter-values';
import type { Report } from './problems';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** One address however it is written: http or https, host case, `www.`, a trailing slash and a #fragment aside. */
function sameAddressKey(value: string): string {
  const url = new URL(value);
  url.hash = '';
  return `${url.host.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

export function checkSources(data: Record<string, unknown>, at: Locate, report: Report): void {
  const sources = asList(data.sources).map(asRecord);
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  sources.forEach((source, index) => {
    if (typeof source.id === 'string') {
      if (ids.has(source.id)) {
        report(
          'duplicate-source',
          at('sources', index, 'id'),
          `sources[${index}].id`,
          `source id "${source.id}" is used twice`,
        );
      } else ids.set(source.id, index);
    }
    if (typeof source.url === 'string' && !isHttpUrl(source.url)) {
      report(
        'source-url',
        at('sources', index, 'url'),
        `sources[${index}].url`,
        `"${source.url}" is not a web address; use the full https:// URL of the source`,
      );
    } else if (typeof source.url === 'string') {
      if (new URL(source.url).protocol === 'http:') {
        report(
          'source-http',
          at('sources', index, 'url'),
          `sources[${index}].url`,
          `"${source.url}" is not a secure address: write https:// instead of http:// (open it in a browser to check it still works)`,
        );
      }
      const key = sameAddressKey(source.url);
      const first = urls.get(key);
      if (first !== undefined) {
        report(
          'duplicate-source',
          at('sources', index, 'url'),
          `sources[${index}].url`,
          `this address is already sources[${first}] ("${String(sources[first]!.id)}"); list each source once and cite its id from every key point it backs`,
        );
      } else urls.set(key, index);
    }
  });

  const cited = new Set<string>();
  asList(data.keyPoints)
    .map(asRecord)
    .forEach((point, pointIndex) => {
      if (Array.isArray(point.sources) && point.sources.length === 0) {
        report(
          'uncited-point',
          at('keyPoints', pointIndex, 'sources'),
          `keyPoints[${pointIndex}].sources`,
          'cites no source: add the id of the source that backs this point',
        );
      }
      asList(point.sources).forEach((id, index) => {
        if (typeof id !== 'string') return;
        cited.add(id);
        if (!ids.has(id)) {
          const known = [...ids.keys()].join(', ') || 'none';
          report(
            'unknown-source',
            at('keyPoints', pointIndex, 'sources', index),
            `keyPoints[${pointIndex}].sources`,
            `cites "${id}", which is not a source id in this file (sources: ${known})`,
          );
        }
      });
    });
  for (const [id, index] of ids) {
    if (!cited.has(id)) {
      report(
        'uncited-source',
        at('sources', index, 'id'),
        `sources[${index}].id`,
        `source "${id}" is never cited; cite it from a key point or remove it`,
      );
    }
  }
}
