// Finding editors' phrases in free text: sentences with their offsets, and the warning signs of
// data/warning-signs.ts that a text names (the longest phrasing wins where two overlap, so a
// qualified sign is told apart from the plain one). Pure; the content check is its user.
import type { WarningSign } from '../../data/warning-signs';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it came from. */
  start: number;
}

/** Sentences end at . ! ? or ; followed by space; internal links and numbers like 0.75 stay whole. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const pattern = /[^.!?;]+(?:[.!?;](?=\S)[^.!?;]*)*[.!?;]*/g;
  for (const match of text.matchAll(pattern)) {
    const trimmed = match[0].trim();
    if (trimmed) result.push({ text: trimmed, start: match.index + match[0].indexOf(trimmed) });
  }
  return result;
}

export interface CompiledSign {
  sign: WarningSign;
  patterns: RegExp[];
}

export function compileSigns(signs: readonly WarningSign[]): CompiledSign[] {
  return signs.map((sign) => ({ sign, patterns: sign.phrasings.map((phrasing) => new RegExp(phrasing, 'gi')) }));
}

/** The registered signs a text names, each once, after dropping matches inside a longer one. */
export function signsNamed(text: string, signs: readonly CompiledSign[]): WarningSign[] {
  const matches: { sign: WarningSign; start: number; end: number }[] = [];
  for (const { sign, patterns } of signs) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        matches.push({ sign, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  const kept = matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.sign !== match.sign &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  );
  return [...new Set(kept.map((match) => match.sign))];
}

/** A sign's words for comparing: lower case, no leading "you have"/"your", no punctuation. */
export function signKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /^(?:you have|you've|you are|you're|you|your|they have|they|someone has|someone|it is|it|there is|there are)\s+/,
      '',
    );
}
