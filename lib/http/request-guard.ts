// Turns away request paths that no page can answer before they reach rendering or the ISR cache:
// malformed percent-encoding (which Next's dynamic routes answer with a 500) and absurdly long paths
// (which would otherwise be rendered as 404s and written to the cache under a file name too long
// for the disk).

/** Far longer than any real address on the site; question slugs are well under 200 characters. */
export const MAX_PATH_LENGTH = 1024;

export interface Rejection {
  status: 400 | 414;
  message: string;
}

export function rejectPath(rawPath: string): Rejection | undefined {
  if (rawPath.length > MAX_PATH_LENGTH) return { status: 414, message: 'URI Too Long' };
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: 'Bad Request: malformed percent-encoding' };
  }
  return undefined;
}

/** The path part of a request URL exactly as sent, before any decoding. */
export function rawPathOf(url: string): string {
  const afterOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const end = afterOrigin.search(/[?#]/);
  return end === -1 ? afterOrigin : afterOrigin.slice(0, end);
}
