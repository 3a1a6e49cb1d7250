// Camera setups: same position (angle), size and lens share a setup; setups are lettered per scene in order of use.
import { describe, expect, it } from 'vitest';
import { assignSetups, setupKeyOf, type SetupShot } from '../../../src-main/domain/shot-setups';

const shot = (id: string, patch: Partial<SetupShot> = {}): SetupShot => ({
  id,
  angle: 'eye',
  size: 'MS',
  lensMm: 50,
  ...patch,
});

describe('setupKeyOf', () => {
  it('changes with the position, the size or the lens, and with nothing else', () => {
    const base = setupKeyOf(shot('a'));
    expect(setupKeyOf(shot('b'))).toBe(base);
    expect(setupKeyOf(shot('c', { angle: 'low' }))).not.toBe(base);
    expect(setupKeyOf(shot('d', { size: 'CU' }))).not.toBe(base);
    expect(setupKeyOf(shot('e', { lensMm: 85 }))).not.toBe(base);
    expect(setupKeyOf(shot('f', { lensMm: undefined }))).not.toBe(base);
  });
});

describe('assignSetups', () => {
  it('letters setups in order of first use and gives a returning setup its old letter', () => {
    const setups = assignSetups(3, [
      shot('wide', { size: 'WS', lensMm: 24 }),
      shot('ms'),
      shot('wide-again', { size: 'WS', lensMm: 24 }),
      shot('low', { angle: 'low' }),
    ]);
    expect([...setups.entries()]).toEqual([
      ['wide', '3A'],
      ['ms', '3B'],
      ['wide-again', '3A'],
      ['low', '3C'],
    ]);
  });

  it('goes past Z without repeating a label', () => {
    const many = Array.from({ length: 30 }, (_, i) => shot(`s${i}`, { lensMm: 10 + i }));
    const labels = [...assignSetups(1, many).values()];
    expect(new Set(labels).size).toBe(30);
    expect(labels[25]).toBe('1Z');
    expect(labels[26]).toBe('1Z1');
  });
});
