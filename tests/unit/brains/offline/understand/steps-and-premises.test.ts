// Tests of the step after a finished one, premises after "piece on"/"out of this:", and a closing mood word.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('the step to reach', () => {
  it.each([
    ['the locations are finished, on we go to the scene breakdown', 'scene_breakdown'],
    ['done with the logline, time to write the story structure', 'story_structure'],
    ['let the boards pass to casting', 'casting'],
    ['take me to the shotlist', 'shot_list'],
  ])('%s', (text, step) => {
    expect(parseMessage(text).params.targetStep).toBe(step);
  });
});

describe('premise and mood of a production request', () => {
  it.each([
    ['produce a two minute piece on lighthouse keepers', { theme: 'lighthouse keepers', durationSec: 120 }],
    [
      'make me a project out of this: a tailor sews a coat for a ghost',
      { theme: 'a tailor sews a coat for a ghost' },
    ],
    ['a 30 sec spot about a closing cinema, wistful', { theme: 'a closing cinema', mood: 'wistful' }],
    ['a one minute film about the last ferry, chill mood', { theme: 'the last ferry', mood: 'chill' }],
    ['create a film based on the following premise: twins swap lives', { theme: 'twins swap lives' }],
  ])('%s', (text, params) => {
    expect(parseMessage(text).params).toMatchObject(params);
  });
});

describe('a refused format', () => {
  it.each([
    ["they don't want a PDF, they want Fountain, so export it that way", 'fountain'],
    ['not as PDF but as Final Draft', 'fdx'],
    ['export the bible as pdf', 'pdf'],
  ])('%s', (text, format) => {
    expect(parseMessage(text).params.format).toBe(format);
  });
});
