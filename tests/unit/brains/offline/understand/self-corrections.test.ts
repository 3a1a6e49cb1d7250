// Tests of mid-message corrections: the value after "no", "sorry", "wait"… replaces the one before it.
import { describe, expect, it } from 'vitest';
import { applySelfCorrections } from '../../../../../src-main/brains/offline/understand/self-corrections';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('applySelfCorrections', () => {
  it.each([
    ['Make Pim 33, no, 38, the elder one', 'Make Pim 38, the elder one'],
    ['Write 2 scenes, er, 4 scenes for the storm', 'Write 4 scenes for the storm'],
    ['Draft 8 characters for a farce, scratch that, 5 for a western', 'Draft 5 characters for a western'],
    ['Make 5 (no, 7) shots of the mill', 'Make 7 shots of the mill'],
    ['Send the boards as PDF, ugh, sorry, CSV', 'Send the boards as CSV'],
    ['Jump to casting, wait, to the shot list', 'Jump to the shot list'],
    ['Ilka is a cooper, actually a wheelwright', 'Ilka is a wheelwright'],
    ['Let Ilka and Pim, I mean Ilka and Bo, talk at the mill', 'Let Ilka and Bo, talk at the mill'],
    [
      'Add a place called the Salt Loft, no, call it The Salt Loft Hotel',
      'Add a place called the Salt Loft Hotel',
    ],
    ['Delete the mill, hmm, no, never mind, undo my last change', 'undo my last change'],
  ])('%s', (text, corrected) => {
    expect(applySelfCorrections(text)).toBe(corrected);
  });

  it('leaves alone what is no correction: a description, an addition, a request pointing back, a stammer', () => {
    for (const text of [
      'Add a scene, no dialogue, just the sea at night',
      'Let Ilka and Pim argue, no, add Bo too',
      'Add Pim as Ilka’s uncle, actually make them cousins',
      'undo that, and — sorry — then show me scene 4',
      'I’d rather have the mill scene at night',
    ])
      expect(applySelfCorrections(text), text).toBe(text);
  });

  it('lets the parser read the corrected request', () => {
    expect(parseMessage('Export the script as Fountain, sorry, as Final Draft')).toMatchObject({
      intent: 'export',
      params: { format: 'fdx' },
    });
    expect(parseMessage('Give me 3 locations, no make it 5, near the salt flats').params).toMatchObject({
      entityType: 'location',
      count: 5,
    });
  });
});

describe('a request taken back after a bare "no"', () => {
  it('reads the remark that takes it back, not the request', () => {
    expect(parseMessage('Rename Odile, no, keep her name, it is lovely.').intent).toBe('chat');
  });

  it('still reads a restated value as the corrected request', () => {
    expect(parseMessage('Make Odile 44, no, 46').params.age).toBe(46);
  });
});
