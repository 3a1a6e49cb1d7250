// Casting match: age, gender, languages, skills and look each move the score, and the reasons say which.
import { describe, expect, it } from 'vitest';
import { castingFit, rankTalents } from '../../../src-main/domain/casting-match';

const part = { age: 50, gender: 'male' as const, occupation: 'ship captain', traits: ['gruff', 'weathered'] };
const talent = {
  name: 'T',
  ageMin: 45,
  ageMax: 58,
  gender: 'male' as const,
  languages: ['English'],
  skills: ['sailing'],
  look: 'weathered, bearded',
};

describe('castingFit', () => {
  it('rewards a playing age, gender, skills and look that fit, with a reason for each', () => {
    const fit = castingFit(part, talent);
    expect(fit.reasons).toEqual([
      'plays 45–58, fits age 50',
      'gender matches (male)',
      'skills: sailing',
      'look: weathered',
    ]);
    expect(castingFit(part, { ...talent, ageMin: 20, ageMax: 30 }).score).toBeLessThan(fit.score);
    expect(castingFit(part, { ...talent, skills: [] }).score).toBeLessThan(fit.score);
    expect(castingFit(part, { ...talent, look: 'pale' }).score).toBeLessThan(fit.score);
  });

  it('halves the fit for a clear gender mismatch and says so', () => {
    const fit = castingFit(part, { ...talent, gender: 'female' });
    expect(fit.score).toBeLessThan(castingFit(part, talent).score / 2);
    expect(fit.reasons).toContain('gender differs (female for a male part)');
  });

  it('counts languages only when the part names one', () => {
    const speaker = { ...part, description: 'He curses in Greek.' };
    const greek = castingFit(speaker, { ...talent, languages: ['English', 'Greek'] });
    expect(greek.reasons).toContain('speaks Greek');
    expect(castingFit(speaker, talent).score).toBeLessThan(greek.score);
    expect(castingFit(part, talent).reasons.some((r) => /speaks|does not list/.test(r))).toBe(false);
  });

  it('ranks best fit first', () => {
    const young = { ...talent, name: 'Young', ageMin: 18, ageMax: 25 };
    expect(rankTalents(part, [young, talent]).map((r) => r.talent.name)).toEqual(['T', 'Young']);
  });
});
