// A question's "when to get help" boxes as the page shows them: most urgent first, each with its
// heading and US advice from data/help-actions.ts. Pure: the page and the browser test read the same.
import {
  HELP_ACTION_IDS,
  HELP_ACTIONS,
  isHelpActionId,
  type HelpActionId,
  type HelpLevel,
} from '../../data/help-actions';

export interface HelpBoxView {
  action: HelpActionId;
  level: HelpLevel;
  heading: string;
  inTheUs: string;
  signs: readonly string[];
}

export function helpBoxes(boxes: readonly { action: string; signs: readonly string[] }[] | undefined): HelpBoxView[] {
  return (boxes ?? [])
    .filter((box): box is { action: HelpActionId; signs: readonly string[] } => isHelpActionId(box.action))
    .filter((box) => box.signs.length > 0)
    .map((box) => ({ ...HELP_ACTIONS[box.action], action: box.action, signs: box.signs }))
    .sort((a, b) => HELP_ACTION_IDS.indexOf(a.action) - HELP_ACTION_IDS.indexOf(b.action));
}
