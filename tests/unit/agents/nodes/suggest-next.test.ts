// Suggestions under a chat reply: the open next steps and remedies, never a stale remedy about another entity.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { relevantChoices } from '../../../../src-main/agents/nodes/suggest-next';
import type { NextStep } from '../../../../src-main/workflow';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, type ChatHarness } from '../../chat/chat-harness';

const SARAH = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const blockedStep: NextStep = {
  id: 'scene_breakdown',
  title: 'Scene breakdown',
  description: '',
  guards: ['charactersDeveloped'],
  command: 'move on to scene breakdown',
  check: {
    ok: false,
    code: 'WORKFLOW_NEEDS_CHARACTER_DETAILS',
    reasons: ['Sarah needs a role.'],
    remedies: [
      { id: `give-role:${SARAH}`, label: 'Give Sarah a role', command: 'give Sarah a role' },
      { id: 'create-location', label: 'Create a location', command: 'create a location' },
    ],
    blockedAt: 'scene_breakdown',
    guards: ['charactersDeveloped'],
  },
};

describe('relevantChoices', () => {
  it('offers a remedy about one character only after a turn that touched that character', () => {
    expect(relevantChoices([blockedStep], 'create', new Set()).map((c) => c.label)).toEqual([
      'Create a location',
    ]);
    expect(relevantChoices([blockedStep], 'modify', new Set([SARAH])).map((c) => c.label)).toEqual([
      'Give Sarah a role',
      'Create a location',
    ]);
  });

  it('offers nothing after an answer to a question', () => {
    expect(relevantChoices([blockedStep], 'query', new Set([SARAH]))).toEqual([]);
  });
});

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('suggestions in a conversation', () => {
  // Issue 9: "Give Sarah a role" followed unrelated replies.
  it('does not offer "Give Sarah a role" under a reply about another character or a question', async () => {
    const h = await openChat();
    open.push(h);
    await h.send('The logline is a reporter digs into her hometown mayor.');
    await h.send('Create a character named Sarah');
    await h.send('Create a character named Tom');
    await h.send('create a relationship between Sarah and Tom');
    await h.send('Create a location called the Harbor Diner');
    const tom = await h.send('make Tom the antagonist');
    expect(tom.updated.length).toBe(1);
    const labels = tom.choices.map((c) => c.label);
    expect(labels).not.toContain('Give Sarah a role');
    expect(labels).toContain('Describe Tom');
    const question = await h.send('who is Tom?');
    expect(question.choices).toEqual([]);
  });
});
