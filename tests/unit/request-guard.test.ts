import { describe, expect, it } from 'vitest';
import { MAX_PATH_LENGTH, rawPathOf, rejectPath } from '@/lib/http/request-guard';

describe('rejectPath', () => {
  it('lets ordinary and encoded paths through', () => {
    expect(rejectPath('/questions/why-do-my-muscles-twitch-after-a-workout')).toBeUndefined();
    expect(rejectPath('/search')).toBeUndefined();
    expect(rejectPath('/tags/caf%C3%A9')).toBeUndefined();
    expect(rejectPath('/questions/a%2Fb')).toBeUndefined();
  });

  it('answers malformed percent-encoding with 400', () => {
    expect(rejectPath('/questions/%E0%A4%A')?.status).toBe(400);
    expect(rejectPath('/tags/%ZZ')?.status).toBe(400);
    expect(rejectPath('/%')?.status).toBe(400);
  });

  it('answers paths over the limit with 414', () => {
    expect(rejectPath(`/${'a'.repeat(MAX_PATH_LENGTH - 1)}`)).toBeUndefined();
    expect(rejectPath(`/${'a'.repeat(MAX_PATH_LENGTH)}`)?.status).toBe(414);
  });
});

describe('rawPathOf', () => {
  it('keeps the path exactly as sent, without query or fragment', () => {
    expect(rawPathOf('http://127.0.0.1:3000/tags/%ZZ?q=%E0#x')).toBe('/tags/%ZZ');
    expect(rawPathOf('https://example.org')).toBe('');
    expect(rawPathOf('https://example.org/a/b')).toBe('/a/b');
  });
});
