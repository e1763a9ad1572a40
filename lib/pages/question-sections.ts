// The fixed sections of a question page, with the anchor id and heading each one renders, shared by
// the section components and the table of contents so a contents link always finds its section.
export const QUESTION_SECTIONS = {
  shortAnswer: { id: 'short-answer', title: 'Short answer' },
  inDepth: { id: 'in-depth-answer', title: 'In-depth answer' },
  why: { id: 'why-this-happens', title: 'Why this happens' },
  keyPoints: { id: 'key-points', title: 'Research-backed key points' },
  tips: { id: 'practical-tips', title: 'Practical tips' },
  myths: { id: 'myths-and-mistakes', title: 'Common myths and mistakes' },
  faqs: { id: 'faqs', title: 'Frequently asked questions' },
  sources: { id: 'sources', title: 'Sources' },
} as const;

export type QuestionSectionKey = keyof typeof QUESTION_SECTIONS;
