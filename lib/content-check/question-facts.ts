// What the cross-file rules need from one question, gathered while its own file is checked.
import type { Position } from './parse';

export interface Located {
  value: string;
  at: Position;
}

/** One `[[link]]` in a field or the body, with the field it is in. */
export interface LinkFact extends Located {
  raw: string;
  field: string;
}

export interface QuestionFacts {
  file: string;
  slug: string;
  draft: boolean;
  title?: Located;
  category?: Located;
  tags: Located[];
  aliases: string[];
  related: Located[];
  links: LinkFact[];
  /** Its publication date (YYYY-MM-DD), checked against today with the other files. */
  published?: Located;
  /** It says when to get help (at least one warning sign). */
  hasWhenToGetHelp: boolean;
}

export function emptyFacts(file: string, slug: string): QuestionFacts {
  return { file, slug, draft: false, tags: [], aliases: [], related: [], links: [], hasWhenToGetHelp: false };
}
