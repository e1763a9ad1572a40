// Rules on a question's sources and citations: unique ids, web addresses, every key point citing a
// listed source and every listed source cited.
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

export function checkSources(data: Record<string, unknown>, at: Locate, report: Report): void {
  const sources = asList(data.sources).map(asRecord);
  const ids = new Map<string, number>();
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
        `"${source.url}" is not a web address; use the full http(s):// URL of the source`,
      );
    }
  });

  const cited = new Set<string>();
  asList(data.keyPoints)
    .map(asRecord)
    .forEach((point, pointIndex) => {
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
