// A chapter pasted into chat: scene headings from the text's places and times, the central character as protagonist.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { proseRoles, proseSceneHeading } from '../../../../src-main/agents/import-analysis';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, type ChatHarness } from '../../chat/chat-harness';

const CHAPTER = [
  'That night the storm hit the harbour. Mara climbed the stairs of the lighthouse with the lamp in her hand.',
  'Mara had kept the light for eleven years, and Mara knew every sound the tower made in the wind.',
  'Below, Jonas shouted from the rocks. Mara leaned over the rail and waved the lamp so he could see the path.',
  'Mara pulled the heavy door shut behind him. Jonas shook the rain from his coat and thanked her quietly.',
  'Mara poured him tea and asked about the boat. Mara listened while the wind screamed against the glass.',
  'By the time the fire burned low, Mara had decided she would row out at first light to look for the wreck.',
].join(' ');

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('a chapter pasted into chat', () => {
  // Issue 9: scenes were headed "CHAT:01M8YD…" (the message id) and the heroine was tagged "supporting".
  it('heads scenes from places and times (never an internal id) and makes the heroine the protagonist', async () => {
    const h = await openChat();
    open.push(h);
    await h.send(`Analyze this chapter: ${CHAPTER}`);
    const file = await h.file();
    expect(file.entities.scenes.length).toBeGreaterThan(0);
    for (const scene of file.entities.scenes) {
      expect(scene.heading).not.toMatch(/CHAT|[0-9A-HJKMNP-TV-Z]{26}/);
      expect(scene.heading).toMatch(/NIGHT/);
    }
    const mara = file.entities.characters.find((c) => c.name === 'Mara');
    expect(mara?.role).toBe('protagonist');
  });
});

describe('proseSceneHeading', () => {
  it('keeps a written heading, else builds one from place and time, else numbers the scene', () => {
    expect(proseSceneHeading({ title: 'Chapter One', fromHeading: true }, 1)).toBe('CHAPTER ONE');
    expect(
      proseSceneHeading({ title: 'chat:x', timeOfDay: 'night' }, 2, { name: 'Lighthouse', kind: 'exterior' }),
    ).toBe('EXT. LIGHTHOUSE - NIGHT');
    expect(proseSceneHeading({ title: 'chat:x' }, 3)).toBe('SCENE 3');
  });
});

describe('proseRoles', () => {
  it('makes only a clearly central major character the protagonist', () => {
    const roles = proseRoles([
      { name: 'Mara', mentions: 12, importance: 'major' },
      { name: 'Jonas', mentions: 4, importance: 'major' },
      { name: 'Pell', mentions: 1, importance: 'minor' },
    ]);
    expect([...roles]).toEqual([
      ['Mara', 'protagonist'],
      ['Jonas', 'supporting'],
      ['Pell', 'minor'],
    ]);
    const even = proseRoles([
      { name: 'A', mentions: 10, importance: 'major' },
      { name: 'B', mentions: 9, importance: 'major' },
    ]);
    expect([...even.values()]).toEqual(['supporting', 'supporting']);
  });
});
