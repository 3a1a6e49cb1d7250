// What the understand node knows about a project: entity names and the entities the last turns referred to.
import type { ChatMessage } from '../../src-preload/contract/chat';
import { IntentEntityTypeSchema, IntentSchema } from '../../src-preload/contract/intent';
import type { ProjectFile } from '../../src-preload/contract/project';
import type { ParseContext } from '../brains/offline/understand/features';

/** How many recent messages feed pronoun resolution ("make her 32"). */
export const CONTEXT_MESSAGES = 12;

export interface RecentEntity {
  id: string;
  type: string;
  name: string;
  gender?: string;
}

/** Named entities of the project, by id. */
export function namedEntities(file: ProjectFile): Map<string, RecentEntity> {
  const map = new Map<string, RecentEntity>();
  for (const c of file.entities.characters)
    map.set(c.id, { id: c.id, type: 'character', name: c.name, ...(c.gender ? { gender: c.gender } : {}) });
  for (const l of file.entities.locations) map.set(l.id, { id: l.id, type: 'location', name: l.name });
  return map;
}

/** Entities referenced by recent messages, newest first, without repeats (only those still in the project). */
export function recentEntities(file: ProjectFile, messages: readonly ChatMessage[]): RecentEntity[] {
  const named = namedEntities(file);
  const seen = new Set<string>();
  const out: RecentEntity[] = [];
  for (const message of [...messages].reverse()) {
    const ids = [...message.updatedIds, ...message.createdIds, ...(message.refs ?? []).map((r) => r.id)];
    for (const id of ids) {
      const entity = named.get(id);
      if (entity && !seen.has(id)) {
        seen.add(id);
        out.push(entity);
      }
    }
  }
  return out;
}

/**
 * The previous request of the conversation, for "the same for her" and "one more of those": the intent of the
 * newest answered request (small talk skipped) and the kind of entity it created or changed.
 */
export function lastRequest(
  file: ProjectFile,
  messages: readonly ChatMessage[],
): ParseContext['lastRequest'] | undefined {
  const named = namedEntities(file);
  for (const message of [...messages].reverse()) {
    if (message.role !== 'assistant' || message.status === 'failed') continue;
    const intent = IntentSchema.safeParse(message.intent);
    if (!intent.success || intent.data === 'chat') continue;
    const id = [...message.createdIds, ...message.updatedIds].find((i) => named.has(i));
    const type = IntentEntityTypeSchema.safeParse(id ? named.get(id)?.type : undefined);
    return { intent: intent.data, ...(type.success ? { entityType: type.data } : {}) };
  }
  return undefined;
}

export function buildParseContext(file: ProjectFile, messages: readonly ChatMessage[]): ParseContext {
  const knownNames = [
    ...file.entities.characters.flatMap((c) => [c.name, ...c.aliases]),
    ...file.entities.locations.flatMap((l) => [l.name, ...l.aliases]),
  ];
  const recentNames = recentEntities(file, messages).map((e) => ({
    name: e.name,
    ...(e.gender ? { gender: e.gender } : {}),
  }));
  const last = lastRequest(file, messages);
  return { knownNames, recentNames, ...(last ? { lastRequest: last } : {}) };
}
