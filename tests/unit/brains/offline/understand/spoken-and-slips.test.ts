// Tests of requests as people dictate, thumb-type or address them: spoken numbers, fillers, autocorrect slips, other languages' courtesies, self-corrections, the app's name.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import { parseNumber } from '../../../../../src-main/brains/offline/language/quantities';
import { repairSlips } from '../../../../../src-main/brains/offline/understand/typo-fix';
import { dropAddress } from '../../../../../src-main/brains/offline/understand/politeness';

describe('spoken numbers', () => {
  it.each([
    ['a hundred and twenty', 120],
    ['two hundred', 200],
    ['three hundred forty five', 345],
    ['twenty eight', 28],
  ])('%s → %d', (words, n) => {
    expect(parseNumber(words)).toBe(n);
  });

  it('reads a dictated runtime', () => {
    expect(
      parseMessage('um make a film about a lost kite a hundred and twenty seconds long').params.durationSec,
    ).toBe(120);
  });
});

describe('autocorrect slips', () => {
  it.each([
    ['add a new seen at the quarry', 'add a new scene at the quarry'],
    ['move seen 4 to the end', 'move scene 4 to the end'],
    ['please expert the script', 'please export the script'],
  ])('%s', (text, repaired) => {
    expect(repairSlips(text)).toBe(repaired);
  });

  it('leaves the real word where it is meant', () => {
    expect(repairSlips("I haven't seen the storyboard yet")).toBe("I haven't seen the storyboard yet");
    expect(repairSlips('she is an expert locksmith')).toBe('she is an expert locksmith');
  });

  it('reads the repaired request', () => {
    expect(parseMessage('add a new seen at the quarry at dawn').params.entityType).toBe('scene');
  });
});

describe("other languages' courtesies and joiners", () => {
  it('does not take a closing "por favor" for a job', () => {
    const r = parseMessage('add a character: Inés, 29, a chemist, por favor');
    expect(r.params).toMatchObject({ names: ['Inés'], age: 29, occupation: 'chemist' });
  });

  it('reads "y" between two names of a relationship', () => {
    const r = parseMessage('Inés y Tomás are cousins');
    expect(r.params).toMatchObject({ entityType: 'relationship', names: ['Inés', 'Tomás'] });
  });
});

describe('self-corrections', () => {
  it.each([
    ['make Orhan a baker, no wait, a butcher', { names: ['Orhan'], occupation: 'butcher' }],
    ['add Selin, I mean Selma, 30', { names: ['Selma'], age: 30 }],
    ['make Orhan 30 no wait 31', { names: ['Orhan'], age: 31 }],
    [
      'new character Orhan, a tailor... no wait make him a cobbler',
      { names: ['Orhan'], occupation: 'cobbler' },
    ],
    ['add Orhan as a tailor, no wait, make that a cobbler', { names: ['Orhan'], occupation: 'cobbler' }],
    // A bare "no" between two values of the same kind takes the first back.
    ['make Orhan 44. no, 46', { names: ['Orhan'], age: 46 }],
    ['Selma is 61, no, 63', { names: ['Selma'], age: 63 }],
  ])('%s', (text, params) => {
    expect(parseMessage(text).params).toMatchObject(params);
  });

  it('does not take back anything when the message opens with the interjection', () => {
    expect(parseMessage('no wait, undo that').intent).toBe('undo');
    // A "no" that answers rather than restates a value takes nothing back.
    expect(parseMessage('make Orhan 44. no, he is a tailor').params.age).toBe(44);
  });
});

describe('dictated fillers and mixed-case names', () => {
  it.each([
    ['so uh make Oyelaran um forty one', { names: ['Oyelaran'], age: 41 }],
    [
      'add a character Ngozi she is a um thirty year old er chemist',
      { names: ['Ngozi'], age: 30, occupation: 'chemist' },
    ],
    ['Make kemal 45', { names: ['Kemal'], age: 45 }],
    ['Have wiremu confront Sione about the boat', { participants: ['Wiremu', 'Sione'] }],
  ])('%s', (text, params) => {
    expect(parseMessage(text).params).toMatchObject(params);
  });

  it('does not take a particle or a slot word for a name', () => {
    expect(parseMessage('Sketch out nine scenes for the first act').params).toMatchObject({ count: 9 });
    expect(parseMessage('Change profession of Mirela to pilot').params.names).toEqual(['Mirela']);
  });
});

describe('a message that addresses the app by name', () => {
  it.each([
    ['Storyloom, get rid of scene 12', { intent: 'modify', params: { operation: 'delete', number: 12 } }],
    [
      'hey assistant: add a place called Quay Eleven',
      { intent: 'create', params: { names: ['Quay Eleven'] } },
    ],
    ['Storyloom: what job did we give Oksana?', { intent: 'query', params: { names: ['Oksana'] } }],
  ])('%s', (text, reading) => {
    const r = parseMessage(text);
    expect(r).toMatchObject(reading);
    expect(r.params.format).toBeUndefined();
  });

  it('keeps the name when it is the whole message or the export format', () => {
    expect(dropAddress('Storyloom!')).toBe('Storyloom!');
    expect(parseMessage('save the project as a storyloom file').params.format).toBe('storyloom');
  });
});

describe('the step after a finished one', () => {
  it.each([
    ['Casting next, we are done with the shot list', 'casting'],
    ['the storyboard is finished, on to the shot list', 'shot_list'],
  ])('%s', (text, step) => {
    expect(parseMessage(text).params.targetStep).toBe(step);
  });
});

describe('relationships asked for loosely', () => {
  it.each(['I wonder whether Kalani and Mose could be made cousins', 'and Kalani and Mose too, as rivals'])(
    '%s',
    (text) => {
      expect(parseMessage(text).params).toMatchObject({
        entityType: 'relationship',
        names: ['Kalani', 'Mose'],
      });
    },
  );
});
