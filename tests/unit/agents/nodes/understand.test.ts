// understand: where a parsed message goes (routeOf) and which pending question an answer completes.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../src-preload/contract/chat';
import type { ParsedMessage } from '../../../../src-preload/contract/intent';
import { CLARIFY_BELOW, pendingFollowUp, routeOf } from '../../../../src-main/agents/nodes/understand';

const parsed = (
  intent: ParsedMessage['intent'],
  confidence = 0.9,
  params: ParsedMessage['params'] = {},
): ParsedMessage => ({ intent, confidence, params });
const message = (role: ChatMessage['role'], extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: `M${Math.random().toString(36).slice(2, 8)}`,
  sessionId: 'S',
  role,
  content: 'x',
  at: '2026-01-01T00:00:00.000Z',
  createdIds: [],
  updatedIds: [],
  status: 'done',
  ...extra,
});

describe('routeOf', () => {
  it('each confident intent goes to its node; chat goes to small talk', () => {
    for (const intent of [
      'create',
      'modify',
      'query',
      'advance',
      'undo',
      'bulk_create',
      'generate',
      'analyze',
      'simulate',
      'export',
    ] as const) {
      expect(routeOf(parsed(intent), 'something')).toBe(intent);
    }
    expect(routeOf(parsed('chat', 0.1), 'hi')).toBe('small_talk');
  });

  it('below the clarify threshold a non-chat intent asks what was meant', () => {
    expect(routeOf(parsed('create', CLARIFY_BELOW - 0.01), 'make a thing')).toBe('clarify');
    expect(routeOf(parsed('create', CLARIFY_BELOW), 'make a thing')).toBe('create');
  });

  it('project-level fields go to set_meta, whether the parser says project or only the text names the field', () => {
    expect(
      routeOf(
        parsed('modify', 0.93, { entityType: 'project', attributes: { logline: 'x' } }),
        'set the logline to x',
      ),
    ).toBe('set_meta');
    expect(routeOf(parsed('chat', 0.3), 'I want the theme to be loneliness')).toBe('set_meta');
    expect(routeOf(parsed('create', 0.9, {}), 'write a logline')).toBe('set_meta');
  });

  it('a named entity or a query is never mistaken for project meta', () => {
    expect(
      routeOf(
        parsed('modify', 0.9, { names: ['Sarah'], entityType: 'character' }),
        'change the title of Sarah',
      ),
    ).toBe('modify');
    expect(routeOf(parsed('query', 0.9), 'what is the logline?')).toBe('query');
  });
});

describe('pendingFollowUp', () => {
  const followUp = {
    kind: 'missing_field' as const,
    entityType: 'character',
    field: 'name',
    draft: { age: 30 },
  };

  it('is the follow-up of the last assistant message', () => {
    expect(pendingFollowUp([message('user'), message('assistant', { followUp })])).toEqual(followUp);
    // A user message after the question does not close it (the answer is being processed).
    expect(pendingFollowUp([message('assistant', { followUp }), message('user')])).toEqual(followUp);
  });

  it('a later assistant message without a question closes it', () => {
    expect(
      pendingFollowUp([message('assistant', { followUp }), message('user'), message('assistant')]),
    ).toBeUndefined();
    expect(pendingFollowUp([])).toBeUndefined();
  });
});
