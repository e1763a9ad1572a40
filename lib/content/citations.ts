// Numbers sources in the order they are listed, so key points and the source list show the same numbers.

export interface Citable {
  id: string;
}

/** A source as a reader sees it in the source list and a search engine in the JSON-LD citations. */
export interface CitedSource {
  title: string;
  publisher: string;
  url: string;
  year: number;
  doi?: string;
  pmid?: string;
  /** The kind of evidence (lib/trust/source-types.ts). */
  type?: string;
}

export function citationNumbers(sources: readonly Citable[]): Map<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
