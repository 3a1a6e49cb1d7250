// Parses the entity markers of assistant messages (`[[type:ID|Name]]`) into text and entity-chip segments.
import type { CollectionKey, EntityCollections, EntityType } from '../contract';
import { ENTITY_TYPES } from './vocab';

/** A run of plain text, or an entity the reply mentions (rendered as a chip that opens the entity). */
export type MessageSegment =
  { kind: 'text'; text: string } | { kind: 'entity'; type: EntityType; id: string; name: string };

/**
 * `[[character:01J…|Sarah]]`: a lower-case type, an id (ULIDs from main; word characters and dashes accepted),
 * then the display name up to the closing brackets. Anything that does not match stays literal text.
 */
const MARKER = /\[\[([a-z]+):([\w-]{1,64})\|([^\]\n]{0,300})\]\]/g;

/** The entity type named by a marker, or null when the renderer has no such type (rendered as plain text). */
export function asEntityType(type: string): EntityType | null {
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : null;
}

/** Splits message content into segments, merging neighbouring text (unknown types become text with their name). */
export function parseMarkers(content: string): MessageSegment[] {
  const segments: MessageSegment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last?.kind === 'text') segments[segments.length - 1] = { kind: 'text', text: last.text + text };
    else segments.push({ kind: 'text', text });
  };
  let at = 0;
  for (const match of content.matchAll(MARKER)) {
    pushText(content.slice(at, match.index));
    const [, rawType = '', id = '', rawName = ''] = match;
    const type = asEntityType(rawType);
    const name = rawName.trim() || id;
    if (type) segments.push({ kind: 'entity', type, id, name });
    else pushText(name);
    at = match.index + match[0].length;
  }
  pushText(content.slice(at));
  return segments;
}

/** The content as plain words: every marker replaced by its name (search results, session titles, previews). */
export function stripMarkers(content: string): string {
  return parseMarkers(content)
    .map((s) => (s.kind === 'text' ? s.text : s.name))
    .join('');
}

const COLLECTION_OF: Record<EntityType, CollectionKey> = {
  character: 'characters',
  location: 'locations',
  relationship: 'relationships',
  scene: 'scenes',
  shot: 'shots',
  beat: 'beats',
  talent: 'talents',
  casting: 'castings',
};

/** Whether a mentioned entity still exists (an old message may name one that was deleted since). */
export function entityExists(entities: EntityCollections, type: EntityType, id: string): boolean {
  const list: readonly { id: string }[] = entities[COLLECTION_OF[type]];
  return list.some((e) => e.id === id);
}
