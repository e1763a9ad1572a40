// The new-question template that `npm run new` writes: every section stubbed, marked as a draft,
// so it passes the content check as it stands and cannot go live until the stubs are replaced.
import { HELP_ACTION_IDS } from '../../data/help-actions';
import { toSlug } from './slug';
import { SOURCE_TYPE_IDS } from '../trust/source-types';
import { VERDICT_IDS } from './verdicts';

/** Marks template text; the content check rejects it in any question that is not a draft. */
export const PLACEHOLDER_MARKER = 'TODO';

export interface TemplateInput {
  title: string;
  category: string;
  /** YYYY-MM-DD */
  today: string;
}

export function questionFileName(title: string): string {
  return `${toSlug(title)}.mdx`;
}

export function questionTemplate({ title, category, today }: TemplateInput): string {
  const todo = (text: string) => `'${PLACEHOLDER_MARKER}: ${text.replaceAll("'", "''")}'`;
  return `---
title: ${JSON.stringify(title.trim())}
subject: ${todo('what it is about, as the A to Z lists it, e.g. Muscle twitches')}
summary: >-
  ${PLACEHOLDER_MARKER}: Two or three plain sentences: what is going on, whether to worry and what helps.
shortAnswer: >-
  ${PLACEHOLDER_MARKER}: The answer in one or two sentences, with when to see a doctor if that applies.
# verdict: one of ${VERDICT_IDS.join(', ')} (optional), with a one-line verdictNote
category: ${category}
tags: []
aliases: []
published: ${today}
updated: ${today}
# Keep this until every ${PLACEHOLDER_MARKER} is replaced: drafts show only in \`npm run dev\`.
draft: true
# The warning signs, one box per action (${HELP_ACTION_IDS.join(', ')}), each sign completing its
# box's heading; required in a symptoms category, else delete it. A symptoms question with no
# 999, A&E or urgent box says why in noUrgentSigns.
whenToGetHelp:
  - action: 999-or-ae
    signs:
      - ${todo('a sign that needs 999 or A&E, completing "Call 999 or go to A&E if:"')}
  - action: gp-or-111
    signs:
      - ${todo('a sign that needs a GP or NHS 111, completing "See a GP or contact NHS 111 if:"')}
sources:
  # publisher: as data/trusted-publishers.ts names the owner of the url's domain.
  # type: one of ${SOURCE_TYPE_IDS.join(', ')}.
  - id: source-1
    title: ${todo('title of the page or paper')}
    publisher: NHS
    url: https://www.nhs.uk/${PLACEHOLDER_MARKER}
    year: ${today.slice(0, 4)}
    type: health-information
keyPoints:
  - text: ${todo('one finding from the source, in plain words')}
    sources: [source-1]
tips:
  - title: ${todo('a short instruction')}
    text: ${todo('how to do it and why it helps')}
myths:
  - kind: myth
    claim: ${todo('a popular belief')}
    correction: ${todo('what the evidence says instead')}
faqs:
  - question: ${todo('a question readers also ask?')}
    answer: ${todo('its answer in two or three sentences')}
---

${PLACEHOLDER_MARKER}: The in-depth answer. Explain what is happening in plain words, in a few short paragraphs.

## Why this happens

### ${PLACEHOLDER_MARKER}: First cause

${PLACEHOLDER_MARKER}: How this cause works.
`;
}
