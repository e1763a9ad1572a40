import { describe, expect, it } from 'vitest';
import { FIGURES, HAND_WRITTEN_FIGURES, figureValues, type FigureId } from '@/data/figures';
import { TRUSTED_PUBLISHERS } from '@/data/trusted-publishers';
import { linkSegments, stripInternalLinks, unresolvedLinks } from '@/lib/content/internal-links';
import { checkHandWrittenFigures } from '@/lib/content-check/figure-rules';
import type { PageText } from '@/lib/content-check/triage-rules';
import { checkSourcePolicy, compileSourcePolicy } from '@/lib/trust/source-policy';

const noQuestion = () => ({ ok: false as const, message: 'matches no question slug, title or alias' });

function handWritten(text: string) {
  const problems: string[] = [];
  const texts: PageText[] = [{ field: 'body', text, at: (offset) => ({ line: 1, column: offset + 1 }) }];
  checkHandWrittenFigures(texts, (rule, at, field, message) => problems.push(`${at.column} ${message}`));
  return problems;
}

describe('figure placeholders', () => {
  it('read as the registered wording wherever text is shown, and link nowhere', () => {
    const text = 'Most adults can have up to [[figure:caffeine-daily-limit]] of caffeine a day.';
    expect(stripInternalLinks(text)).toBe('Most adults can have up to 400mg of caffeine a day.');
    expect(linkSegments(text, noQuestion)).toEqual([
      { kind: 'text', text: 'Most adults can have up to 400mg of caffeine a day.' },
    ]);
    expect(unresolvedLinks(text, noQuestion)).toEqual([]);
  });

  it('refuses an ID that is not registered, listing the ones that are', () => {
    const [problem] = unresolvedLinks('Sleep [[figure:adult-sleep-minutes]] a night.', noQuestion);
    expect(problem.raw).toBe('[[figure:adult-sleep-minutes]]');
    expect(problem.message).toContain('names no figure in data/figures.ts');
    expect(problem.message).toContain('adult-sleep-hours');
  });

  it('cite a trusted publisher at an address on its own domain', () => {
    const policy = compileSourcePolicy(TRUSTED_PUBLISHERS);
    for (const [id, figure] of Object.entries(FIGURES)) {
      const problems = checkSourcePolicy({ ...figure.source, year: 2024 }, policy, {});
      expect(problems, id).toEqual([]);
    }
  });
});

describe('figures written by hand', () => {
  it('accepts the registered values and refuses others, naming the placeholder', () => {
    expect(handWritten('Most adults can have up to 400mg of caffeine a day.')).toEqual([]);
    expect(handWritten('In pregnancy, keep to 200 mg of caffeine a day.')).toEqual([]);
    const [problem] = handWritten('Up to 600mg of caffeine a day is fine.');
    expect(problem).toMatch(
      /^7 writes caffeine a day as "600mg of caffeine a day".*\[\[figure:caffeine-daily-limit\]\]/,
    );
  });

  it('catches the US protein figure given as the reference intake, but not an athlete range', () => {
    expect(handWritten('The recommended intake is 0.8g of protein per kilogram of body weight.')).toHaveLength(1);
    expect(handWritten('The UK reference intake is 0.75g per kg of body weight.')).toEqual([]);
    expect(handWritten('Athletes may benefit from 1.6g per kilogram.')).toEqual([]);
  });

  it('catches a blood pressure threshold that no registered figure gives', () => {
    expect(handWritten('A reading of 130/85mmHg is high blood pressure.')).toHaveLength(1);
    expect(handWritten('Blood pressure of 180/120mmHg or higher needs checking the same day.')).toEqual([]);
  });

  it('reads ranges by their first figure', () => {
    expect(handWritten('Adults should do 150 to 300 minutes of moderate activity a week.')).toEqual([]);
    expect(handWritten('Adults should do 100 minutes of moderate activity a week.')).toHaveLength(1);
  });

  it('names only figures that exist, each with a value to compare', () => {
    for (const figure of HAND_WRITTEN_FIGURES) {
      for (const id of figure.figures) {
        expect(Object.hasOwn(FIGURES, id), id).toBe(true);
        expect(figureValues(id as FigureId).length, id).toBeGreaterThan(0);
      }
    }
  });
});
