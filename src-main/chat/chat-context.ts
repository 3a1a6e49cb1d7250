// What the understand node knows about a project: entity names and the entities the last turns referred to.
import type { ChatMessage } from '../../src-preload/contract/chat';
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

export function buildParseContext(file: ProjectFile, messages: readonly ChatMessage[]): ParseContext {
  const knownNames = [
    ...file.entities.characters.flatMap((c) => [c.name, ...c.aliases]),
    ...file.entities.locations.flatMap((l) => [l.name, ...l.aliases]),
  ];
  const recentNames = recentEntities(file, messages).map((e) => ({
    name: e.name,
    ...(e.gender ? { gender: e.gender } : {}),
  }));
  return { knownNames, recentNames };
}
