// The commands behind workflow remedy buttons (src-main/workflow guards) must parse to the intent that does them.
import { describe, expect, it } from 'vitest';
import { ParsedMessageSchema } from '../../../../../src-preload/contract/intent';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

const p = (text: string) => parseMessage(text);

describe('workflow remedy commands', () => {
  it.each([
    ['create a character', 'create', { entityType: 'character' }],
    ['create 2 characters', 'bulk_create', { entityType: 'character', count: 2 }],
    ['create a location', 'create', { entityType: 'location' }],
    ['create 3 locations', 'bulk_create', { entityType: 'location', count: 3 }],
    ['create a scene', 'create', { entityType: 'scene' }],
    [
      'create a relationship between Sarah and John',
      'create',
      { entityType: 'relationship', names: ['Sarah', 'John'] },
    ],
    ['write a logline', 'modify', { entityType: 'project', attributes: { logline: '' } }],
    ['set the theme', 'modify', { entityType: 'project', attributes: { theme: '' } }],
    ['set the visual style', 'modify', { entityType: 'project', attributes: { style: '' } }],
    ['set the brand tone', 'modify', { entityType: 'project', attributes: { tone: '' } }],
    [
      'set the logline to A robot learns to paint',
      'modify',
      { entityType: 'project', attributes: { logline: 'A robot learns to paint' } },
    ],
    ['the theme is loneliness', 'modify', { entityType: 'project', attributes: { theme: 'loneliness' } }],
    ['give Ana a role', 'modify', { entityType: 'character', names: ['Ana'] }],
    ['make John the antagonist', 'modify', { names: ['John'], attributes: { role: 'antagonist' } }],
    ['describe Sarah', 'modify', { names: ['Sarah'] }],
    ['set the location of scene 3', 'modify', { entityType: 'scene', number: 3 }],
    ['add characters to scene 2', 'modify', { entityType: 'scene', number: 2 }],
    ['generate a beat sheet', 'generate', { entityType: 'beat' }],
    ['generate the scene breakdown', 'generate', { entityType: 'scene' }],
    ['storyboard all scenes', 'generate', { entityType: 'shot' }],
    ['storyboard scene 4', 'generate', { entityType: 'shot', number: 4 }],
    ['estimate shot durations', 'generate', { entityType: 'shot' }],
    ['move on to locations', 'advance', { targetStep: 'locations' }],
    ['go back to characters', 'advance', { targetStep: 'characters' }],
    ['redo', 'undo', {}],
  ] as const)('%s → %s', (text, intent, params) => {
    const r = p(text);
    expect(r.intent).toBe(intent);
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
    expect(r.params).toMatchObject(params);
    expect(ParsedMessageSchema.safeParse(r).success).toBe(true);
  });

  it('does not take a premise for a production-layer request', () => {
    expect(p('Make a storyboard about a lost dog').params).toMatchObject({
      entityType: 'project',
      theme: 'a lost dog',
    });
    expect(p('Storyboard a 60 second commercial for an energy drink').params).toMatchObject({
      entityType: 'project',
      durationSec: 60,
    });
    expect(p("Let's start the storyboard").intent).toBe('advance');
  });

  it('keeps counted new entities as bulk creation', () => {
    expect(p('Add 3 characters to scene 2')).toMatchObject({
      intent: 'bulk_create',
      params: { entityType: 'character', count: 3 },
    });
  });
});
