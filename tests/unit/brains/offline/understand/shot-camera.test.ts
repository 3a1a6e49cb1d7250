// Camera values of shot requests: lens in mm in the ways crews say it, durations, sizes, angles and movements.
import { describe, expect, it } from 'vitest';
import {
  cameraFieldsIn,
  findLensMm,
  findShotDurationSec,
} from '../../../../../src-main/brains/offline/understand/shot-camera';

const lens = (text: string) => findLensMm(text).lensMm;

describe('findLensMm', () => {
  it('reads a focal length with its unit, spaced, hyphenated or in words', () => {
    expect(lens('go to 35mm')).toBe(35);
    expect(lens('a 35 mm lens')).toBe(35);
    expect(lens('the 85-mm')).toBe(85);
    expect(lens('fifty millimetre please')).toBe(50);
    expect(lens('try 0mm')).toBe(0);
  });

  it('reads a bare number when the lens is named or the phrasing is a lens', () => {
    expect(lens('a 50 lens')).toBe(50);
    expect(lens('change the lens to 28')).toBe(28);
    expect(lens('focal length: 135')).toBe(135);
    expect(lens('use a 50 on it')).toBe(50);
    expect(lens('shoot it on an 85')).toBe(85);
  });

  it('leaves numbers that are times, counts or ratios alone', () => {
    expect(lens('use a 4 second hold')).toBeUndefined();
    expect(lens('on a 2 shot')).toBeUndefined();
    expect(lens('with a 50% crop')).toBeUndefined();
    expect(lens('make it 4 seconds')).toBeUndefined();
  });

  it('blanks the lens phrase so its number is not read again', () => {
    const { rest } = findLensMm('use a 50 for 3 seconds');
    expect(rest).not.toContain('50');
    expect(findShotDurationSec(rest)).toBe(3);
  });
});

describe('findShotDurationSec', () => {
  it('reads seconds in words, compact, minutes, and a bare number after "duration"', () => {
    expect(findShotDurationSec('make it last 4 seconds')).toBe(4);
    expect(findShotDurationSec('hold for 2.5s')).toBe(2.5);
    expect(findShotDurationSec('half a minute')).toBe(30);
    expect(findShotDurationSec('set the duration to 6')).toBe(6);
    expect(findShotDurationSec('the focal length to 35')).toBeUndefined();
    expect(findShotDurationSec('a close-up')).toBeUndefined();
  });
});

describe('cameraFieldsIn', () => {
  it('types every field it finds and nothing else', () => {
    expect(cameraFieldsIn('make it a close-up')).toEqual({ size: 'CU' });
    expect(cameraFieldsIn('should be a crane down')).toEqual({ movement: 'crane' });
    expect(cameraFieldsIn('a low angle handheld medium shot on a 24mm, 3 seconds')).toEqual({
      size: 'MS',
      angle: 'low',
      movement: 'handheld',
      lensMm: 24,
      durationSec: 3,
    });
    expect(cameraFieldsIn('lock it off from above')).toEqual({ movement: 'static', angle: 'high' });
  });

  it('reads a bare "low" or "high" as the angle only when the angle is named', () => {
    expect(cameraFieldsIn('change the angle to low')).toEqual({ angle: 'low' });
    expect(cameraFieldsIn('keep the energy low')).toEqual({});
  });
});
