// Tests of production-layer requests: beat sheets, scene breakdowns, storyboards and shot timing.
import { describe, expect, it } from 'vitest';
import { findWork } from '../../../../../src-main/brains/offline/understand/production-work';

describe('findWork', () => {
  it.each([
    ['generate a beat sheet', { entityType: 'beat' }],
    ['draft the scene breakdown', { entityType: 'scene' }],
    ['storyboard all scenes', { entityType: 'shot' }],
    ['storyboard scene six', { entityType: 'shot', number: 6 }],
    ['plan the shots for all scenes', { entityType: 'shot' }],
    ['generate a storyboard for scene 3', { entityType: 'shot', number: 3 }],
    ['estimate shot durations', { entityType: 'shot' }],
    ['work out the scene lengths', { entityType: 'scene' }],
    ['break the story down into scenes', { entityType: 'scene' }],
    ['break down the script into shots', { entityType: 'shot' }],
    ['write the scenes', { entityType: 'scene' }],
  ] as const)('%s', (template, target) => {
    expect(findWork(template)).toEqual(target);
  });

  it('ignores new pieces, look-ups and counted requests', () => {
    expect(findWork('make a storyboard about a lost dog')).toBeUndefined();
    expect(findWork('give me a breakdown of the cast')).toBeUndefined();
    expect(findWork('create 12 scenes')).toBeUndefined();
    expect(findWork('export the shot list to csv')).toBeUndefined();
  });
});
