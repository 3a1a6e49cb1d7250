// Shot requests: camera terms become the shot's fields; a shot number means a change, none means an addition.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

const params = (text: string) => parseMessage(text).params;

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

  it('leaves scene and character requests alone', () => {
    expect(params('delete scene 4').entityType).toBe('scene');
    expect(params('create a character named Tom').entityType).toBe('character');
  });
});
