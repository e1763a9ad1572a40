// What a "when to get help" box tells the reader to do. Each box of a question names one of these
// actions; its heading and the advice for US readers come from here, never from the page. The order
// is the order of urgency: boxes are shown most urgent first, and the content check compares a sign's
// action across boxes and pages by its level.
//
// The levels follow the NHS website's three kinds of advice: "immediate action required" (999, A&E
// or an urgent treatment centre), "urgent advice" (an urgent GP appointment or NHS 111) and
// "non-urgent advice" (a GP, a pharmacist).

export type HelpLevel = 'immediate' | 'urgent' | 'non-urgent';

export interface HelpAction {
  level: HelpLevel;
  /** Completed by each sign in the box: "Call 999 if:" */
  heading: string;
  /** The same advice for readers in the United States. */
  inTheUs: string;
}

export const HELP_ACTIONS = {
  // A heart attack, a stroke, heatstroke: the reader must not drive themselves, so no "or go to A&E".
  'call-999': {
    level: 'immediate',
    heading: 'Call 999 if:',
    inTheUs: 'In the US, call 911.',
  },
  '999-or-ae': {
    level: 'immediate',
    heading: 'Call 999 or go to A&E if:',
    inTheUs: 'In the US, call 911 or go to the emergency room.',
  },
  // A suspected broken bone, a deep cut: NHS sends these to an urgent treatment centre or A&E.
  'ae-or-utc': {
    level: 'immediate',
    heading: 'Go to an urgent treatment centre or A&E if:',
    inTheUs: 'In the US, go to an urgent care center or the emergency room.',
  },
  'urgent-gp-or-111': {
    level: 'urgent',
    heading: 'Ask for an urgent GP appointment or contact NHS 111 if:',
    inTheUs: 'In the US, contact your doctor the same day or go to an urgent care center.',
  },
  'gp-or-111': {
    level: 'non-urgent',
    heading: 'See a GP or contact NHS 111 if:',
    inTheUs: 'In the US, contact your doctor or an urgent care center.',
  },
  'routine-gp': {
    level: 'non-urgent',
    heading: 'See a GP if:',
    inTheUs: 'In the US, see your doctor.',
  },
  pharmacist: {
    level: 'non-urgent',
    heading: 'Speak to a pharmacist if:',
    inTheUs: 'In the US, ask a pharmacist.',
  },
} as const satisfies Record<string, HelpAction>;

export type HelpActionId = keyof typeof HELP_ACTIONS;

/** Every action id, most urgent first. */
export const HELP_ACTION_IDS = Object.keys(HELP_ACTIONS) as HelpActionId[];

export const HELP_LEVELS: readonly HelpLevel[] = ['immediate', 'urgent', 'non-urgent'];

export function isHelpActionId(value: unknown): value is HelpActionId {
  return typeof value === 'string' && Object.hasOwn(HELP_ACTIONS, value);
}

/** How the level reads in a check message: "999 or A&E", "an urgent GP appointment or NHS 111", "a GP or pharmacist". */
export const HELP_LEVEL_WORDS: Record<HelpLevel, string> = {
  immediate: '999, A&E or an urgent treatment centre',
  urgent: 'an urgent GP appointment or NHS 111',
  'non-urgent': 'a GP, NHS 111 or a pharmacist',
};
