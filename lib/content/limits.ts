// Editorial limits shared by the content checks, the editor's guide and the page layout.
/** A title is one question a reader would type: long enough for "What causes shin splints and how long do they take to heal?" (59). */
export const TITLE_MAX_CHARS = 120;
export const SUMMARY_MAX_CHARS = 360;
export const SHORT_ANSWER_MAX_CHARS = 320;
export const MIN_FAQS = 1;
