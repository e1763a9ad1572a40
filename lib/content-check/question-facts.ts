// What the cross-file rules need from one question, gathered while its own file is checked.
import type { Position } from './parse';
import type { HelpSignFact } from './triage-rules';

export interface Located {
  value: string;
  at: Position;
}

/** One `[[link]]` in a field or the body, with the field it is in. */
export interface LinkFact extends Located {
  raw: string;
  field: string;
  /** Set for [[figure:ID]]: the ID, resolved against data/figures.ts rather than the questions. */
  figure?: string;
}

export interface QuestionFacts {
  file: string;
  slug: string;
  draft: boolean;
  title?: Located;
  /** Its file name is a slug (else the slug rule has said so, and the name is not compared with the title). */
  fileNameIsSlug?: boolean;
  category?: Located;
  tags: Located[];
  aliases: string[];
  /** Where each alias is written, in the order of `aliases`. */
  aliasAt?: Position[];
  related: Located[];
  links: LinkFact[];
  /** Days an editor says something was checked (a source's stillCurrent), which cannot be after today. */
  checkedOn: (Located & { field: string })[];
  /** Its publication date (YYYY-MM-DD), checked against today with the other files. */
  published?: Located;
  /** It says when to get help (at least one warning sign). */
  hasWhenToGetHelp: boolean;
  /** It has a box for 999, A&E, an urgent treatment centre or an urgent appointment. */
  hasUrgentBox: boolean;
  /** It says why it has no urgent box (`noUrgentSigns`). */
  hasNoUrgentReason: boolean;
  /** The signs of its boxes, to compare across pages. */
  helpSigns: HelpSignFact[];
}

export function emptyFacts(file: string, slug: string): QuestionFacts {
  return {
    file,
    slug,
    draft: false,
    tags: [],
    aliases: [],
    related: [],
    links: [],
    checkedOn: [],
    hasWhenToGetHelp: false,
    hasUrgentBox: false,
    hasNoUrgentReason: false,
    helpSigns: [],
  };
}
