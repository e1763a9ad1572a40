import { describe, expect, it } from 'vitest';
import { unknownCategoryProblem, unknownRelatedProblem } from '@/lib/content/references';
import { positionInText } from '@/lib/mdx/text-position';

describe('what a question points at', () => {
  it('accepts a known category and lists the categories, sorted, for an unknown one', () => {
    const categories = new Set(['sleep', 'exercise']);
    expect(unknownCategoryProblem('sleep', categories)).toBeUndefined();
    expect(unknownCategoryProblem('sleeep', categories)).toBe(
      '"sleeep" is not a category (did you mean "sleep"?); use one of: exercise, sleep',
    );
  });

  it('accepts a related slug that names a question and rejects one that does not', () => {
    const slugs = new Set(['a', 'b']);
    expect(unknownRelatedProblem('b', slugs)).toBeUndefined();
    expect(unknownRelatedProblem('c', slugs)).toBe(
      '"c" is not the slug of a question (npm run list -- slugs lists them)',
    );
    expect(unknownRelatedProblem('why-do-my-knee-crack', new Set(['why-do-my-knees-crack', 'why-am-i-tired']))).toBe(
      '"why-do-my-knee-crack" is not the slug of a question (did you mean "why-do-my-knees-crack"?)',
    );
  });

  it('suggests nothing when no name is near: a guess would mislead', async () => {
    const { nearestName } = await import('@/lib/content/suggest');
    expect(nearestName('insomnai', ['insomnia', 'naps'])).toBe('insomnia');
    expect(nearestName('Post Exercise Recovery', ['post-exercise-recovery'])).toBe('post-exercise-recovery');
    expect(nearestName('cardiology', ['sleep', 'skin', 'nutrition'])).toBeUndefined();
  });
});

describe('positions inside a text node', () => {
  it('counts columns from the node start on its first line', () => {
    expect(positionInText('see [[x]]', 4, { line: 10, column: 3 })).toEqual({ line: 10, column: 7 });
  });

  it('counts columns from the line start after a newline', () => {
    const text = 'first line\nthen [[x]] and\nlast [[y]]';
    expect(positionInText(text, text.indexOf('[[x]]'), { line: 10, column: 3 })).toEqual({ line: 11, column: 6 });
    expect(positionInText(text, text.indexOf('[[y]]'), { line: 10, column: 3 })).toEqual({ line: 12, column: 6 });
  });
});
