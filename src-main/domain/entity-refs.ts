// Entity references in replies: `[[type:id|label]]` markers the chat renders as chips linking to the entity.
import type { EntityRef } from '../../src-preload/contract/dto';

export const refMarker = (ref: EntityRef): string =>
  `[[${ref.type}:${ref.id}|${ref.name.replace(/[[\]|]/g, '')}]]`;

/** Removes markers, leaving the labels (plain-text replies for the CLI). */
export const stripRefMarkers = (text: string): string =>
  text.replace(/\[\[[a-z]+:[0-9A-Z]+\|([^\]]*)\]\]/g, '$1');

/** Lists names in prose: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
