// Figures that more than one page states, each written once with the page it comes from. A question
// writes `[[figure:ID]]` where it states one, and the site puts the wording below in its place, so two
// pages cannot disagree. `npm run check` refuses an unknown ID, and a page that writes one of these
// figures by hand with another value (`handWritten`: the phrasings it recognises, and the values they
// may take, which are the registered figures of that kind).
//
// Sources: pages cited by the questions (the reviewers checked them), except where a comment says how
// the page was read. Change a figure here and every page that states it changes with it.

export interface FigureSource {
  title: string;
  publisher: string;
  url: string;
}

export interface Figure {
  /** Exactly what a reader sees in place of `[[figure:ID]]`. */
  text: string;
  /** What the figure is, for editors. */
  about: string;
  source: FigureSource;
}

const FDA_CAFFEINE: FigureSource = {
  title: 'Spilling the beans: how much caffeine is too much?',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/consumers/consumer-updates/spilling-beans-how-much-caffeine-too-much',
};
const NHS_PREGNANCY_FOODS: FigureSource = {
  title: 'Foods to avoid in pregnancy',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/pregnancy/keeping-well/foods-to-avoid/',
};
const NHS_VITAMIN_D: FigureSource = {
  title: 'Vitamin D',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-d/',
};
// Read as a stored copy of the page (the reference nutrient intake for adults aged 19 to 50).
const BNF_PROTEIN: FigureSource = {
  title: 'Protein',
  publisher: 'British Nutrition Foundation',
  url: 'https://www.nutrition.org.uk/nutritionscience/nutrients-food-and-ingredients/protein.html?limit=1&start=2',
};
const NHS_HIGH_BLOOD_PRESSURE: FigureSource = {
  title: 'High blood pressure (hypertension)',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/high-blood-pressure/',
};
// Read in stored copies of the guideline's recommendations ("clinic blood pressure of 180/120 mmHg and
// higher": same-day specialist assessment with symptoms, investigations as soon as possible without).
const NICE_HYPERTENSION: FigureSource = {
  title: 'Hypertension in adults: diagnosis and management (NG136)',
  publisher: 'National Institute for Health and Care Excellence',
  url: 'https://www.nice.org.uk/guidance/ng136',
};
const NHS_ACTIVITY_ADULTS: FigureSource = {
  title: 'Physical activity guidelines for adults aged 19 to 64',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/live-well/exercise/physical-activity-guidelines-for-adults-aged-19-to-64/',
};
// "Adults need 7 to 9 hours" (How much sleep do you need?), as stored copies of the page quote it.
const NHS_INSOMNIA: FigureSource = {
  title: 'Insomnia',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/insomnia/',
};
// Read in stored copies of the page's text: "See a GP if you … have diarrhoea for more than 7 days or
// vomiting for more than 2 days".
const NHS_DIARRHOEA_AND_VOMITING: FigureSource = {
  title: 'Diarrhoea and vomiting',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/diarrhoea-and-vomiting/',
};
// "See a GP if you have any symptoms of bowel cancer for 3 weeks or more" (no age limit).
const NHS_BOWEL_CANCER_SYMPTOMS: FigureSource = {
  title: 'Bowel cancer',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/be-clear-on-cancer/symptoms/bowel-cancer',
};
const NHS_FIBRE: FigureSource = {
  title: 'How to get more fibre into your diet',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/live-well/eat-well/digestive-health/how-to-get-more-fibre-into-your-diet/',
};

export const FIGURES = {
  'caffeine-daily-limit': {
    text: '400mg',
    about: 'caffeine a day that most healthy adults can have without harm',
    source: FDA_CAFFEINE,
  },
  'caffeine-pregnancy-limit': {
    text: '200mg',
    about: 'caffeine a day at most in pregnancy',
    source: NHS_PREGNANCY_FOODS,
  },
  'caffeine-mug-filter-coffee': {
    text: '140mg',
    about: 'caffeine in a mug of filter coffee',
    source: NHS_PREGNANCY_FOODS,
  },
  'caffeine-mug-instant-coffee': {
    text: '100mg',
    about: 'caffeine in a mug of instant coffee',
    source: NHS_PREGNANCY_FOODS,
  },
  'caffeine-mug-tea': { text: '75mg', about: 'caffeine in a mug of tea', source: NHS_PREGNANCY_FOODS },
  'vitamin-d-daily-dose': {
    text: '10 micrograms (400 IU)',
    about: 'the daily vitamin D supplement for everyone over 1 year, at least in autumn and winter',
    source: NHS_VITAMIN_D,
  },
  'vitamin-d-limit-adults': {
    text: '100 micrograms (4,000 IU)',
    about: 'the most vitamin D a day for adults and children aged 11 to 17',
    source: NHS_VITAMIN_D,
  },
  'vitamin-d-limit-children': {
    text: '50 micrograms (2,000 IU)',
    about: 'the most vitamin D a day for children aged 1 to 10',
    source: NHS_VITAMIN_D,
  },
  'vitamin-d-limit-babies': {
    text: '25 micrograms (1,000 IU)',
    about: 'the most vitamin D a day for babies under 12 months',
    source: NHS_VITAMIN_D,
  },
  'protein-reference-intake': {
    text: '0.75g of protein per kilogram of body weight',
    about: 'the UK reference nutrient intake of protein for adults, a day',
    source: BNF_PROTEIN,
  },
  'protein-reference-men': {
    text: '56g',
    about: 'protein a day for an average man (the UK reference)',
    source: BNF_PROTEIN,
  },
  'protein-reference-women': {
    text: '45g',
    about: 'protein a day for an average woman (the UK reference)',
    source: BNF_PROTEIN,
  },
  'blood-pressure-ideal': {
    text: 'between 90/60mmHg and 120/80mmHg',
    about: 'ideal blood pressure',
    source: NHS_HIGH_BLOOD_PRESSURE,
  },
  'blood-pressure-high': {
    text: '140/90mmHg or higher',
    about: 'high blood pressure, measured at a GP surgery or pharmacy (150/90mmHg if you are over 80)',
    source: NHS_HIGH_BLOOD_PRESSURE,
  },
  'blood-pressure-very-high': {
    text: '180/120mmHg or higher',
    about: 'severe high blood pressure, which needs assessing the same day',
    source: NICE_HYPERTENSION,
  },
  'activity-moderate-minutes': {
    text: '150 minutes',
    about: 'moderate activity a week for adults',
    source: NHS_ACTIVITY_ADULTS,
  },
  'activity-vigorous-minutes': {
    text: '75 minutes',
    about: 'vigorous activity a week for adults (or a mix of the two)',
    source: NHS_ACTIVITY_ADULTS,
  },
  'adult-sleep-hours': {
    text: '7 to 9 hours',
    about: 'sleep a night that most adults need',
    source: NHS_INSOMNIA,
  },
  'diarrhoea-see-gp': {
    text: 'more than 7 days',
    about: 'how long diarrhoea lasts before you should see a GP',
    source: NHS_DIARRHOEA_AND_VOMITING,
  },
  'vomiting-see-gp': {
    text: 'more than 2 days',
    about: 'how long vomiting lasts before you should see a GP',
    source: NHS_DIARRHOEA_AND_VOMITING,
  },
  'fibre-daily': { text: '30g', about: 'fibre a day for adults', source: NHS_FIBRE },
  'bowel-change-weeks': {
    text: '3 weeks or more',
    about: 'how long a change in bowel habit lasts before you should see a GP (at any age)',
    source: NHS_BOWEL_CANCER_SYMPTOMS,
  },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;

export function isFigureId(value: string): value is FigureId {
  return Object.hasOwn(FIGURES, value);
}

/** A way of writing a figure by hand that the check recognises, and the values it may take. */
export interface HandWrittenFigure {
  /** What kind of figure it is, for the message. */
  kind: string;
  /** Only sentences matching this are looked at. */
  sentence: RegExp;
  /** Sentences matching this are skipped (another kind of figure, or another country's). */
  unless?: RegExp;
  /** The figure as written: its first capture group is the value. Global. */
  value: RegExp;
  /** The figures of this kind: a value written by hand must be one of theirs. */
  figures: readonly FigureId[];
}

const PER_DAY = String.raw`(?:a|per|each|every)\s+day`;

export const HAND_WRITTEN_FIGURES: readonly HandWrittenFigure[] = [
  {
    kind: 'caffeine a day',
    sentence: /caffeine|coffee/i,
    value: new RegExp(String.raw`(\d[\d,]*)\s?mg\s+(?:of\s+caffeine\s+)?${PER_DAY}`, 'gi'),
    figures: ['caffeine-daily-limit', 'caffeine-pregnancy-limit'],
  },
  {
    kind: 'caffeine in a mug',
    sentence: /\bmug\b/i,
    value: /mugs? of (?:filter |instant )?(?:coffee|tea)\D{0,25}?(\d+)\s?mg/gi,
    figures: ['caffeine-mug-filter-coffee', 'caffeine-mug-instant-coffee', 'caffeine-mug-tea'],
  },
  {
    kind: 'the most vitamin D a day',
    sentence: /vitamin d|micrograms/i,
    value: /(?:more than|above|over|exceed(?:s|ing)?|limit(?: is| of)?)\s+(\d+)\s?micrograms/gi,
    figures: ['vitamin-d-limit-adults', 'vitamin-d-limit-children', 'vitamin-d-limit-babies'],
  },
  {
    kind: 'the daily vitamin D supplement',
    sentence: /vitamin d|supplement/i,
    unless: /more than|above|over|exceed|limit|\bUS\b|United States|allowance|harm/i,
    value: new RegExp(
      String.raw`(\d+)\s?micrograms?(?:\s*\([\d,]+\s?IU\))?\s+(?:of\s+vitamin\s+D\s+)?${PER_DAY}`,
      'gi',
    ),
    figures: ['vitamin-d-daily-dose'],
  },
  {
    kind: 'the protein adults need',
    sentence: /reference|\bRNI\b|recommend|most adults|adults need|guideline/i,
    unless: /athlet|strength|muscle|training|older|over 65|supplement|\bUS\b|United States|American/i,
    value: /(\d+(?:\.\d+)?)\s?g(?:rams?)?\s+(?:of\s+protein\s+)?(?:per|a|for each|for every)\s+(?:kilogram|kg)/gi,
    figures: ['protein-reference-intake'],
  },
  {
    kind: 'a blood pressure threshold',
    sentence: /blood pressure|reading/i,
    value: /(?<![\d/])(\d{2,3}\/\d{2,3})\s?(?:mm\s?Hg)?/gi,
    figures: ['blood-pressure-ideal', 'blood-pressure-high', 'blood-pressure-very-high'],
  },
  {
    kind: 'moderate activity a week',
    sentence: /moderate/i,
    value: /(\d+)(?:\s*(?:to|-|–)\s*\d+)?\s?minutes\s+(?:a week\s+)?of\s+moderate/gi,
    figures: ['activity-moderate-minutes'],
  },
  {
    kind: 'vigorous activity a week',
    sentence: /vigorous/i,
    value: /(\d+)(?:\s*(?:to|-|–)\s*\d+)?\s?minutes\s+(?:a week\s+)?of\s+vigorous/gi,
    figures: ['activity-vigorous-minutes'],
  },
  {
    kind: 'fibre a day',
    sentence: /fibre/i,
    value: new RegExp(String.raw`(\d+)\s?g(?:rams?)?\s+(?:of\s+)?fibre\s+${PER_DAY}`, 'gi'),
    figures: ['fibre-daily'],
  },
  {
    kind: 'how long diarrhoea lasts before seeing a GP',
    sentence: /diarrhoea/i,
    unless: /vomit|being sick/i,
    value: /diarrhoea[^.;]{0,40}?(?:more than|over|longer than)\s+(\d+)\s+days?/gi,
    figures: ['diarrhoea-see-gp'],
  },
];

/**
 * The values a registered figure may be written with by hand: the numbers of its text
 * ("0.75g of protein per kilogram" -> "0.75"; "between 90/60mmHg and 120/80mmHg" -> "90/60", "120/80").
 */
export function figureValues(id: FigureId): string[] {
  return FIGURES[id].text.match(/\d[\d,]*(?:[./]\d+)?/g)?.map(normaliseFigureValue) ?? [];
}

export function normaliseFigureValue(value: string): string {
  return value.replaceAll(',', '');
}
