// Numbers sources in the order they are listed, so key points and the source list show the same numbers.

export interface Citable {
  id: string;
}

export function citationNumbers(sources: readonly Citable[]): Map<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}
