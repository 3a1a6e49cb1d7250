// Shot requests: camera terms become the shot's fields; a shot number means a change, none means an addition.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

const params = (text: string) => parseMessage(text).params;

describe('a new shot for a numbered scene', () => {
  it('is decided by rule whatever the verb, with certain confidence', () => {
    for (const text of [
      'scene 6 needs one more close-up',
      'slip an insert of the key into scene 3',
      'give scene 2 another wide shot',
    ]) {
      const r = parseMessage(text);
      expect(r.intent, text).toBe('create');
      expect(r.confidence, text).toBeGreaterThanOrEqual(0.99);
      expect(r.params.entityType, text).toBe('shot');
    }
  });

  it('leaves questions, numbered shots and deletions to the other readings', () => {
    expect(parseMessage('how many shots does scene 2 need?').intent).not.toBe('create');
    expect(parseMessage('make shot 3 of scene 2 a close-up').intent).toBe('modify');
    expect(parseMessage('delete the close-ups in scene 4').intent).not.toBe('create');
  });
});

describe('shot parameters', () => {
  it('reads an added shot: size, subject and scene', () => {
    expect(params("add a close-up of Sarah's hands to scene 3")).toEqual({
      entityType: 'shot',
      attributes: { scene: 3, size: 'CU', description: "Sarah's hands" },
    });
    expect(
      params('add a low angle extreme wide shot with a crane to scene 2, 6 seconds, 18mm'),
    ).toMatchObject({
      entityType: 'shot',
      attributes: { scene: 2, size: 'EWS', angle: 'low', movement: 'crane', lensMm: 18, durationSec: 6 },
    });
  });

  it('reads a change or a delete of a numbered shot, "shot 1.2" included', () => {
    expect(params('make shot 2 of scene 1 a wide shot')).toEqual({
      entityType: 'shot',
      number: 2,
      operation: 'update',
      attributes: { scene: 1, size: 'WS' },
    });
    expect(params('change shot 1.3 to a dutch angle')).toMatchObject({
      number: 3,
      attributes: { scene: 1, angle: 'dutch' },
    });
    expect(params('delete shot 2 of scene 1')).toMatchObject({ number: 2, operation: 'delete' });
  });

  it('decides a camera change of a named shot as modify, certain, whatever the learned scorer says', () => {
    for (const [text, number, attributes] of [
      ['go with a 35mm for shot 4.2', 2, { scene: 4, lensMm: 35 }],
      ['shot 3.1 ought to be an extreme close-up', 1, { scene: 3, size: 'ECU' }],
      [
        'the third shot of scene 2: steadicam, 6 seconds',
        3,
        { scene: 2, movement: 'steadicam', durationSec: 6 },
      ],
      ['scene 5 shot 2 from below on a 21', 2, { scene: 5, angle: 'low', lensMm: 21 }],
    ] as const) {
      const parsed = parseMessage(text);
      expect(parsed, text).toMatchObject({ intent: 'modify', confidence: 0.99 });
      expect(parsed.params, text).toEqual({ entityType: 'shot', operation: 'update', number, attributes });
    }
  });

  it('a trim to a new length is a change, a cut alone a delete; questions and additions are not edits', () => {
    expect(params('cut shot 1.2 down to 2 seconds')).toMatchObject({ operation: 'update', number: 2 });
    expect(params('cut shot 1.2')).toMatchObject({ operation: 'delete', number: 2 });
    expect(parseMessage('which lens is shot 1.2 on?').intent).not.toBe('modify');
    expect(parseMessage('add a close-up of the key to scene 2').intent).toBe('create');
  });

  it('leaves scene and character requests alone', () => {
    expect(params('delete scene 4').entityType).toBe('scene');
    expect(params('create a character named Tom').entityType).toBe('character');
  });
});
