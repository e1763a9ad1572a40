import { describe, expect, it } from 'vitest';
import { HELP_ACTION_IDS, HELP_ACTIONS } from '@/data/help-actions';
import { WARNING_SIGNS } from '@/data/warning-signs';
import { compileSigns, sentences, signKey, signsNamed } from '@/lib/content/text-matching';
import { actionLevelOf } from '@/lib/content-check/triage-rules';
import { addMonths, lastReviewed, reviewDates } from '@/lib/trust/review-dates';

const signs = compileSigns(WARNING_SIGNS);
const named = (text: string) => signsNamed(text, signs).map((sign) => sign.name);

describe('warning signs in free text', () => {
  it('tells a qualified sign from the plain one: the longer phrasing wins', () => {
    expect(
      named('you get chest pain or tightness when you are active that stops within a few minutes of resting'),
    ).toEqual(['chest pain that comes on with activity and stops with rest']);
    expect(named('you have chest pain during activity that does not stop after a few minutes of rest')).toEqual([
      'chest pain',
    ]);
  });

  it('finds fainting during exercise however it is written, and not fainting on its own', () => {
    expect(named('you have fainted during exercise')).toEqual(['fainting during exercise']);
    expect(named('you black out while running')).toEqual(['fainting during exercise']);
    expect(named('you collapse during sport')).toEqual(['fainting during exercise']);
    expect(named('you feel faint when you stand up')).toEqual([]);
  });

  it('does not read "keeping fit" as a fit', () => {
    expect(named('keeping fit helps your heart')).toEqual([]);
    expect(named('you have a fit or seizure')).toEqual(['a fit (seizure)']);
  });

  it('gives every registered sign a level that a help action has', () => {
    const levels = new Set(HELP_ACTION_IDS.map((id) => HELP_ACTIONS[id].level));
    for (const sign of WARNING_SIGNS) expect(levels.has(sign.level), sign.name).toBe(true);
  });
});

describe('what a sentence tells the reader to do', () => {
  it.each([
    ['Call 999 if the pain spreads to your arm.', 'immediate'],
    ['Go to A&E now.', 'immediate'],
    ['Ask for an urgent GP appointment.', 'urgent'],
    ['See a GP if it keeps happening.', 'non-urgent'],
    ['Get it checked before you train hard again.', 'non-urgent'],
    ['Palpitations are common.', undefined],
  ])('%s -> %s', (sentence, level) => {
    expect(actionLevelOf(sentence)).toBe(level);
  });
});

describe('sentences and sign keys', () => {
  it('splits on sentence ends but keeps decimals and links whole', () => {
    expect(sentences('Aim for 0.75g a day. See [[other|a page]]; then rest!').map((s) => s.text)).toEqual([
      'Aim for 0.75g a day.',
      'See [[other|a page]];',
      'then rest!',
    ]);
  });

  it('compares signs without case, punctuation or a leading "you have"', () => {
    expect(signKey('You have chest pain.')).toBe(signKey('chest pain'));
    expect(signKey('your [[Heart attack|heart]] races')).toBe('heart races');
  });
});

describe('review dates', () => {
  it('moves by calendar months, clamped to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('counts a page as reviewed on the later of its review and its update', () => {
    expect(lastReviewed({ updated: '2026-05-01', reviewed: '2026-04-01' })).toEqual({
      day: '2026-05-01',
      field: 'updated',
    });
    expect(lastReviewed({ updated: '2026-05-01', reviewed: '2026-06-01' })).toEqual({
      day: '2026-06-01',
      field: 'reviewed',
    });
    expect(reviewDates({ updated: '2026-12-07T00:00:00.000Z' }).nextReviewDue).toBe('2027-12-07');
  });
});
