// The one slug function for tags, headings and titles, so counting, routing and filtering always agree,
// and the one way a slug becomes part of an address (the addresses themselves: ./paths.ts).
import { slug as githubSlug } from 'github-slugger';

/**
 * "Post-exercise recovery", " post-exercise  recovery " and "Post-Exercise Recovery" all give
 * "post-exercise-recovery". Letters of any script are kept ("Café" gives "café"), in one Unicode
 * form (NFC), so the same word typed on two keyboards gives one slug.
 */
export function toSlug(text: string): string {
  return githubSlug(text.normalize('NFC').trim().replace(/\s+/g, ' '));
}

/** A slug as one path segment of a URL, percent-encoded as RFC 3986 requires ("café" gives "caf%C3%A9"). */
export function slugSegment(slug: string): string {
  return encodeURIComponent(slug);
}

/** A route parameter as the slug it names, whether the router handed it over encoded or not. */
export function slugFromParam(param: string): string {
  try {
    return decodeURIComponent(param).normalize('NFC');
  } catch {
    return param;
  }
}
