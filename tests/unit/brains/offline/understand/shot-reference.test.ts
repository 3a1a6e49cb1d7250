// Shot references: "shot 1.2", "shot 2 of scene 3", "scene 3, shot 2", ordinals, and the text left for the values.
import { describe, expect, it } from 'vitest';
import { findShotReference } from '../../../../../src-main/brains/offline/understand/shot-reference';

const ref = (text: string) => {
  const { rest: _rest, ...numbers } = findShotReference(text.toLowerCase());
  return numbers;
};

describe('findShotReference', () => {
  it('reads the dotted form as scene and shot', () => {
    expect(ref('give shot 1.2 a longer lens')).toEqual({ scene: 1, shot: 2 });
    expect(ref('Shot #12.3 runs long')).toEqual({ scene: 12, shot: 3 });
  });

  it('reads shot and scene numbers in either order, digits or words', () => {
    expect(ref('tighten shot 2 of scene 3')).toEqual({ scene: 3, shot: 2 });
    expect(ref('scene 3, shot 2 needs a pan')).toEqual({ scene: 3, shot: 2 });
    expect(ref('shot number four in scene seven')).toEqual({ scene: 7, shot: 4 });
  });

  it('reads ordinals for the shot and for the scene', () => {
    expect(ref('the second shot in scene 1 is too wide')).toEqual({ scene: 1, shot: 2 });
    expect(ref('the 3rd shot of the fourth scene')).toEqual({ scene: 4, shot: 3 });
  });

  it('names only what the message names', () => {
    expect(ref('a wide shot for scene 2')).toEqual({ scene: 2 });
    expect(ref('shot 5 looks flat')).toEqual({ shot: 5 });
    expect(ref('the lighting is flat')).toEqual({});
  });

  it('blanks the references out of the rest, keeping its length, so their numbers are not values', () => {
    const text = 'set the duration of shot 3.1 to 4 seconds';
    const { rest } = findShotReference(text);
    expect(rest).toHaveLength(text.length);
    expect(rest).not.toMatch(/3\.1|shot/);
    expect(rest).toContain('to 4 seconds');
    expect(findShotReference('use a 50 on the second shot in scene 1').rest).not.toMatch(/second|scene/);
  });
});
