// The "when to get help" rules of one question: its boxes (one per action, none empty), a sign in one
// box only and at the level every page gives it (data/warning-signs.ts), no sentence elsewhere on the
// page that sends a sign of a higher level to lesser help ("see a GP about chest pain" beside a box
// that says call 999), no FAQ that repeats the box, and a verdict of "works" or "myth" backed by a
// guideline, a systematic review or a trial.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { HELP_ACTIONS, HELP_LEVEL_WORDS, HELP_LEVELS, isHelpActionId, type HelpLevel } from '../../data/help-actions';
import { WARNING_SIGNS } from '../../data/warning-signs';
import { compileSigns, sentences, signKey, signsNamed, type CompiledSign } from '../content/text-matching';
import { STRONG_SOURCE_TYPE_IDS, SOURCE_TYPES, isSourceTypeId } from '../trust/source-types';
import { VERDICTS, isVerdictId } from '../content/verdicts';
import { positionInText } from '../mdx/text-position';
import { fieldName } from './field-path';
import type { FieldPath } from './field-specs';
import { asList, asRecord } from './frontmatter-values';
import type { ParsedYaml, Position } from './parse';
import type { Report } from './problems';

const COMPILED_SIGNS: CompiledSign[] = compileSigns(WARNING_SIGNS);

/** A sign in a help box, for the rule that compares boxes across pages. */
export interface HelpSignFact {
  field: string;
  key: string;
  text: string;
  level: HelpLevel;
  at: Position;
}

export interface TriageFacts {
  /** A box for 999, A&E, an urgent treatment centre or an urgent appointment, with at least one sign. */
  hasUrgentBox: boolean;
  /** Any box with at least one sign. */
  hasHelp: boolean;
  /** The page says why it has no urgent box (`noUrgentSigns`). */
  hasNoUrgentReason: boolean;
  signs: HelpSignFact[];
}

/** A piece of the page's own text, with where it is, for the sentence rules. */
export interface PageText {
  field: string;
  text: string;
  /** File position of `text[offset]`. */
  at: (offset: number) => Position;
}

const rank = (level: HelpLevel) => HELP_LEVELS.length - HELP_LEVELS.indexOf(level);

/** What a sentence tells the reader to do, most urgent first; undefined when it names no action. */
export function actionLevelOf(sentence: string): HelpLevel | undefined {
  if (/\b999\b|\bA&E\b|\bambulance\b|\bemergency\b|urgent treatment centre|\b911\b/i.test(sentence)) return 'immediate';
  if (/\burgent(?:ly)?\b|same day|\btoday\b/i.test(sentence)) return 'urgent';
  if (
    /\b(?:see|contact|ask|speak to|talk to|visit|book|check with|call)\b[^.;]{0,20}?\b(?:GP|doctor|pharmacist|NHS 111|111|physiotherapist)\b|\bget (?:it |them |this |that )?checked\b|\bneeds? (?:checking|a check)\b|\bbefore you (?:train|exercise)\b|\bworth mentioning\b/i.test(
      sentence,
    )
  )
    return 'non-urgent';
  return undefined;
}

export function checkHelpBoxes(data: Record<string, unknown>, yaml: ParsedYaml, report: Report): TriageFacts {
  const facts: TriageFacts = {
    hasUrgentBox: false,
    hasHelp: false,
    hasNoUrgentReason: typeof data.noUrgentSigns === 'string' && data.noUrgentSigns.trim() !== '',
    signs: [],
  };
  const boxes = asList(data.whenToGetHelp).map(asRecord);
  const seenActions = new Map<string, number>();
  const seenSigns = new Map<string, { box: number; action: string }>();
  boxes.forEach((box, boxIndex) => {
    const action = box.action;
    if (!isHelpActionId(action)) return; // the schema rule names the allowed actions
    const { level } = HELP_ACTIONS[action];
    const signs = asList(box.signs).filter((sign): sign is string => typeof sign === 'string');
    if (seenActions.has(action)) {
      report(
        'help-box',
        yaml.locate(['whenToGetHelp', boxIndex, 'action']),
        `whenToGetHelp[${boxIndex}].action`,
        `a second "${action}" box; put all its signs in the first one (whenToGetHelp[${seenActions.get(action)}])`,
      );
    } else seenActions.set(action, boxIndex);
    if (signs.length === 0) {
      report(
        'help-box',
        yaml.locate(['whenToGetHelp', boxIndex]),
        `whenToGetHelp[${boxIndex}].signs`,
        `the "${action}" box lists no sign; add the signs that need it ("${HELP_ACTIONS[action].heading}"), or remove the box`,
      );
      return;
    }
    facts.hasHelp = true;
    if (level !== 'non-urgent') facts.hasUrgentBox = true;
    signs.forEach((sign, signIndex) => {
      const path: FieldPath = ['whenToGetHelp', boxIndex, 'signs', signIndex];
      const at = yaml.locate(path);
      const key = signKey(sign);
      facts.signs.push({ field: fieldName(path), key, text: sign, level, at });
      const earlier = seenSigns.get(key);
      if (earlier && earlier.box !== boxIndex) {
        report(
          'triage-conflict',
          at,
          fieldName(path),
          `"${sign}" is also in the "${earlier.action}" box (whenToGetHelp[${earlier.box}]); a sign goes in one box only: keep it in the right one`,
        );
      } else if (!earlier) seenSigns.set(key, { box: boxIndex, action });
      for (const named of signsNamed(sign, COMPILED_SIGNS)) {
        if (named.level !== level) {
          report(
            'triage-conflict',
            at,
            fieldName(path),
            `names ${named.name}, which every page sends to ${HELP_LEVEL_WORDS[named.level]} (data/warning-signs.ts), but this box is "${action}"; move it to a box of that level, or say how it differs`,
          );
        }
      }
    });
  });
  if (facts.hasNoUrgentReason && facts.hasUrgentBox) {
    report(
      'help-box',
      yaml.locate(['noUrgentSigns']),
      'noUrgentSigns',
      'says why the page has no urgent signs, but it has an urgent box: remove noUrgentSigns',
    );
  }
  return facts;
}

/**
 * Sentences outside the boxes that name a registered sign beside lesser help than the sign needs:
 * "see a GP if you faint during exercise" when fainting during exercise needs 999.
 */
export function checkTriageSentences(texts: readonly PageText[], report: Report): void {
  for (const { field, text, at } of texts) {
    for (const sentence of sentences(text)) {
      const action = actionLevelOf(sentence.text);
      if (action === undefined) continue;
      for (const sign of signsNamed(sentence.text, COMPILED_SIGNS)) {
        if (rank(action) < rank(sign.level)) {
          report(
            'triage-conflict',
            at(sentence.start),
            field,
            `sends ${sign.name} to ${HELP_LEVEL_WORDS[action]} ("${clip(sentence.text)}"), but every page sends it to ${HELP_LEVEL_WORDS[sign.level]} (data/warning-signs.ts): say that here too, or leave the signs to the help box`,
          );
        }
      }
    }
  }
}

/** A FAQ answer that repeats two or more signs of the page's boxes: the signs live in the box. */
export function checkRepeatedSigns(
  data: Record<string, unknown>,
  signs: readonly HelpSignFact[],
  yaml: ParsedYaml,
  report: Report,
): void {
  if (signs.length < 2) return;
  // Each box sign's registered signs, found once rather than once per FAQ.
  const boxSigns = signs.map((sign) => ({ sign, named: signsNamed(sign.text, COMPILED_SIGNS) }));
  asList(data.faqs)
    .map(asRecord)
    .forEach((faq, index) => {
      if (typeof faq.answer !== 'string') return;
      const answer = signKey(faq.answer);
      const answerSigns = new Set(signsNamed(faq.answer, COMPILED_SIGNS));
      const repeated = boxSigns
        .filter(({ sign, named }) => {
          if (sign.key.split(' ').length >= 3 && answer.includes(sign.key)) return true;
          return named.length > 0 && named.every((registered) => answerSigns.has(registered));
        })
        .map(({ sign }) => sign);
      if (repeated.length >= 2) {
        report(
          'help-repeated',
          yaml.locate(['faqs', index, 'answer']),
          `faqs[${index}].answer`,
          `repeats ${repeated.length} signs of the help box (${repeated
            .slice(0, 3)
            .map((sign) => `"${clip(sign.text)}"`)
            .join(
              ', ',
            )}${repeated.length > 3 ? ', …' : ''}); the page shows them once, in the box: answer another question, or point to "When to get help"`,
        );
      }
    });
}

/** A verdict of "works" or "myth" needs a source typed guideline, systematic review or trial. */
export function checkVerdictEvidence(data: Record<string, unknown>, yaml: ParsedYaml, report: Report): void {
  const verdict = data.verdict;
  if (verdict !== 'works' && verdict !== 'myth') return;
  const strong = asList(data.sources)
    .map(asRecord)
    .some(
      (source) => typeof source.type === 'string' && isSourceTypeId(source.type) && SOURCE_TYPES[source.type].strong,
    );
  if (!strong) {
    const label = isVerdictId(verdict) ? VERDICTS[verdict].label : verdict;
    report(
      'verdict-evidence',
      yaml.locate(['verdict']),
      'verdict',
      `"${label}" needs at least one source typed ${STRONG_SOURCE_TYPE_IDS.join(', ')}; cite one you have read, or choose another verdict (mixed-evidence, usually-harmless) or none`,
    );
  }
}

/** The page's own text outside the boxes, each piece with a way to find a position in the file. */
export function pageTexts(
  data: Record<string, unknown>,
  yaml: ParsedYaml,
  body: Root | undefined,
  bodyLineOffset: number,
): PageText[] {
  const texts: PageText[] = [];
  const field = (path: FieldPath) => {
    let value: unknown = data;
    for (const segment of path)
      value = asRecord(value)[segment as string] ?? (Array.isArray(value) ? value[segment as number] : undefined);
    if (typeof value !== 'string') return;
    const text = value;
    texts.push({
      field: fieldName(path),
      text,
      at: (offset) => yaml.locateText(path, text.slice(offset, offset + 40)),
    });
  };
  for (const name of ['summary', 'shortAnswer', 'verdictNote']) field([name]);
  asList(data.keyPoints).forEach((_, index) => field(['keyPoints', index, 'text']));
  asList(data.tips).forEach((_, index) => field(['tips', index, 'text']));
  asList(data.myths).forEach((_, index) => field(['myths', index, 'correction']));
  asList(data.faqs).forEach((_, index) => field(['faqs', index, 'answer']));
  if (body) {
    visit(body, 'paragraph', (node) => {
      const start = node.position?.start;
      if (!start) return;
      const text = toString(node);
      const from = { line: start.line + bodyLineOffset, column: start.column };
      texts.push({ field: 'body', text, at: (offset) => positionInText(text, offset, from) });
    });
  }
  return texts;
}

function clip(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
