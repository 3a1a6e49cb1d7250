// Hooks onto the open project's data: entity collections (stable until a change) and a memoised name index.
import { useMemo } from 'react';
import type { EntityCollections } from '../contract';
import { buildNameIndex, type NameIndex } from '../lib/entity-labels';
import { useAppStore } from '../stores/use-app-store';
import { selectEntities, selectWritable } from '../stores/project-selectors';

/** The open project's entities (an empty set when none is open). */
export function useEntities(): EntityCollections {
  return useAppStore(selectEntities);
}

/** Id → name lookups, rebuilt only when the entities change. */
export function useNameIndex(entities: EntityCollections): NameIndex {
  return useMemo(() => buildNameIndex(entities), [entities]);
}

/** Whether edits are allowed (project open and not read-only). */
export function useWritable(): boolean {
  return useAppStore(selectWritable);
}
