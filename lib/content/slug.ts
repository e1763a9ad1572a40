// The one slug function for tags, headings and titles, so counting, routing and filtering always agree.
import { slug as githubSlug } from 'github-slugger';

/** "Post-exercise recovery", " post-exercise  recovery " and "Post-Exercise Recovery" all give "post-exercise-recovery". */
export function toSlug(text: string): string {
  return githubSlug(text.trim().replace(/\s+/g, ' '));
}
