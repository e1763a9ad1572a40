// Warning signs whose action is the same on every page: a sign listed here is sent to the same level
// of help (data/help-actions.ts) wherever a page names it, and `npm run check` refuses a help box, a
// summary, a short answer, a FAQ or a myth that sends it elsewhere. Each sign is found in text by its
// phrasings (regular expressions, case-insensitive); where two overlap, the longer match wins, so a
// qualified sign ("chest pain that goes away when you rest") is told apart from the plain one.
//
// Levels follow NHS advice as the clinical reviews of December 2026 checked it: heart attack and
// angina, fainting, stroke (FAST), heatstroke, bowel obstruction, headaches (giant cell arteritis,
// acute glaucoma), NICE CG109 on a blackout during exercise. Add a sign when a review finds it sent to
// two levels; a reviewer reads this file each round.
import type { HelpLevel } from './help-actions';

export interface WarningSign {
  /** Short name, used in check messages. */
  name: string;
  level: HelpLevel;
  phrasings: readonly string[];
}

export const WARNING_SIGNS: readonly WarningSign[] = [
  {
    name: 'chest pain',
    level: 'immediate',
    phrasings: [
      String.raw`chest pains?`,
      String.raw`pain in (?:your|the|their) chest`,
      String.raw`chest (?:tightness|pressure)`,
      String.raw`(?:tightness|pressure) in (?:your|the|their) chest`,
    ],
  },
  {
    // NHS chest pain: pain that comes and goes, or comes on with activity and stops within minutes of
    // rest, needs an urgent GP appointment or NHS 111; pain that does not stop, spreads or comes with
    // sweating, sickness or breathlessness needs 999 (the plain sign above).
    name: 'chest pain that comes on with activity and stops with rest',
    level: 'urgent',
    phrasings: [
      String.raw`chest (?:pain|tightness|discomfort)[^.;]{0,60}?(?:active|activity|exertion|exercis\w*|walking)[^.;]{0,40}?(?<!not |n't |never )(?:stops?|goes? away|eases?|settles?)[^.;]{0,40}?\brest(?:ing)?\b`,
      String.raw`chest (?:pain|tightness|discomfort) (?:or tightness )?that comes and goes`,
    ],
  },
  {
    name: 'fainting during exercise',
    level: 'immediate',
    phrasings: [
      String.raw`(?:faint(?:ed|ing|s)?|black(?:ed|ing)? out|blackouts?|collaps(?:e|ed|es|ing)|pass(?:ed|ing)? out|los(?:e|t|ing) consciousness)\s+(?:during|while|when)\s+(?:you(?:'re| are)?\s+)?(?:exercis\w*|training|train|running|sport|playing sport|being active|physical activity|exertion)`,
      String.raw`(?:exercis\w*|exertion)[^.;]{0,30}?\b(?:faint(?:ed|ing|s)?|black(?:ed|ing)? out|collaps(?:e|ed|es|ing))\b`,
    ],
  },
  {
    name: 'signs of a stroke (face, arms, speech)',
    level: 'immediate',
    phrasings: [
      String.raw`face (?:has )?(?:dropped|drooping|droops)`,
      String.raw`(?:cannot|can't|unable to) (?:lift|raise) both arms`,
      String.raw`slurred speech`,
      String.raw`signs of a stroke`,
    ],
  },
  {
    name: 'heatstroke',
    level: 'immediate',
    phrasings: [
      String.raw`heatstroke`,
      String.raw`(?:not|stopped|stop) sweating`,
      String.raw`temperature (?:of|is|above|over) 40`,
    ],
  },
  {
    name: 'a fit (seizure)',
    level: 'immediate',
    phrasings: [
      String.raw`\bseizures?\b`,
      String.raw`\b(?:have|has|having|had) a fit\b`,
      String.raw`\ba fit\b(?= or| \()`,
    ],
  },
  {
    name: 'confusion',
    level: 'immediate',
    phrasings: [String.raw`\bconfus(?:ed|ion)\b`],
  },
  {
    name: 'loss of consciousness',
    level: 'immediate',
    phrasings: [
      String.raw`\blos(?:e|es|ing|t|s) consciousness\b`,
      String.raw`\bloss of consciousness\b`,
      String.raw`\bunconscious\b`,
      String.raw`\bnot responding\b`,
    ],
  },
  {
    name: 'severe breathlessness',
    level: 'immediate',
    phrasings: [
      String.raw`\b(?:severe|sudden|very) (?:shortness of breath|breathlessness|breathless)\b`,
      String.raw`\bstruggling to breathe\b`,
      String.raw`\b(?:difficulty|trouble) breathing\b`,
    ],
  },
  {
    name: 'a possible bowel blockage',
    level: 'immediate',
    phrasings: [
      String.raw`(?:cannot|can't|unable to|not able to) (?:pass wind|fart|poo or pass wind|pass wind or poo)`,
      String.raw`not (?:passed|passing) wind`,
    ],
  },
  {
    name: 'a painful red eye',
    level: 'immediate',
    phrasings: [String.raw`painful,? red eyes?`, String.raw`red,? painful eyes?`],
  },
  {
    name: 'a sudden, severe headache',
    level: 'immediate',
    phrasings: [
      String.raw`sudden,? (?:very )?severe headache`,
      String.raw`thunderclap headache`,
      String.raw`worst headache`,
    ],
  },
  {
    name: 'signs of giant cell arteritis (jaw pain when eating, a sore scalp)',
    level: 'urgent',
    phrasings: [
      String.raw`jaw pain (?:when|while) (?:eating|chewing)`,
      String.raw`pain in (?:your|the) jaw (?:when|while) (?:eating|chewing)`,
      String.raw`(?:sore|tender) scalp`,
      String.raw`scalp (?:is )?(?:sore|tender)`,
    ],
  },
  {
    name: 'vomiting blood',
    level: 'immediate',
    phrasings: [
      String.raw`(?:vomit(?:ing)?|being sick|sick) (?:blood|with blood)`,
      String.raw`blood in (?:your|the) vomit`,
    ],
  },
];
