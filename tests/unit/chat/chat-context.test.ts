// The parse context of a chat turn: the previous request ("one more of those", "the same for her") from the log.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import { buildParseContext, lastRequest } from '../../../src-main/chat/chat-context';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { newProjectFile } from '../../../src-main/store/new-project';
import { parseMessage } from '../../../src-main/brains/offline/understand/parse-message';

function projectWithHarbour() {
  const b = new ChangeBuilder(newProjectFile('Ports', 'short-film', { seed: 1 }), { via: 'manual' });
  const place = b.create('location', { name: 'Harbour' }).after as { id: string };
  const person = b.create('character', { name: 'Greta', gender: 'female' }).after as { id: string };
  return { file: b.work, place: place.id, person: person.id };
}

function message(
  role: ChatMessage['role'],
  intent: string | undefined,
  ids: Partial<ChatMessage> = {},
): ChatMessage {
  return {
    id: `m${Math.random().toString(36).slice(2, 8)}`,
    sessionId: 's1',
    role,
    content: '…',
    at: '2026-01-01T00:00:00.000Z',
    ...(intent ? { intent } : {}),
    createdIds: [],
    updatedIds: [],
    status: 'done',
    ...ids,
  };
}

describe('lastRequest', () => {
  it('is the newest answered request with the kind of entity it made, small talk skipped', () => {
    const { file, place } = projectWithHarbour();
    const log = [
      message('user', undefined),
      message('assistant', 'create', { createdIds: [place] }),
      message('user', undefined),
      message('assistant', 'chat'),
    ];
    expect(lastRequest(file, log)).toEqual({ intent: 'create', entityType: 'location' });
    expect(buildParseContext(file, log).lastRequest).toEqual({ intent: 'create', entityType: 'location' });
  });

  it('is absent in a conversation without requests, and failed turns do not count', () => {
    const { file } = projectWithHarbour();
    expect(lastRequest(file, [message('assistant', 'chat')])).toBeUndefined();
    expect(lastRequest(file, [message('assistant', 'modify', { status: 'failed' })])).toBeUndefined();
  });

  it('lets "one more of those" repeat the previous creation and "the same for her" the previous edit', () => {
    const { file, place, person } = projectWithHarbour();
    const created = buildParseContext(file, [message('assistant', 'create', { createdIds: [place] })]);
    expect(parseMessage('one more of those', created)).toMatchObject({
      intent: 'create',
      params: { entityType: 'location' },
    });
    const edited = buildParseContext(file, [message('assistant', 'modify', { updatedIds: [person] })]);
    expect(parseMessage('now the same for her', edited)).toMatchObject({
      intent: 'modify',
      params: { names: ['Greta'], entityType: 'character' },
    });
  });
});
