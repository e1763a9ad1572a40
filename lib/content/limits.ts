// Editorial limits shared by the content checks, the editor's guide and the page layout.
export const SUMMARY_MAX_CHARS = 360;
export const SHORT_ANSWER_MAX_CHARS = 320;
export const MIN_FAQS = 1;
