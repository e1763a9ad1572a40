// The one slug function for tags, headings and titles, so counting, routing and filtering always agree,
// and the one way a slug becomes part of an address (the addresses themselves: ./paths.ts).
import { slug as githubSlug } from 'github-slugger';

/**
 * Slugs already computed: the check and the index step slug the same tags and titles many times over
 * in one save (profiled at 10,000 questions: 0.3 to 0.5 s of a one-question save). Bounded in count
 * and in the length of what is kept (at most about 20 MB), since pages slug text that comes with
 * requests too.
 */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 50_000;
const LONGEST_KEPT = 200;

/**
 * "Post-exercise recovery", " post-exercise  recovery " and "Post-Exercise Recovery" all give
 * "post-exercise-recovery". Letters of any script are kept ("Café" gives "café"), in one Unicode
 * form (NFC), so the same word typed on two keyboards gives one slug.
 */
export function toSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = githubSlug(text.normalize('NFC').trim().replace(/\s+/g, ' '));
    if (text.length > LONGEST_KEPT) return slug;
    // Forgetting all at once is cheaper than ordering them, and the texts worth keeping come back at once.
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
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
