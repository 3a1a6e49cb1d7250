// Gives a project and all its entities fresh ids, rewriting every reference (duplicate, import on collision).
import type { ProjectFile } from '../../src-preload/contract/project';
import { ULID_PATTERN } from '../../src-preload/contract/entities';
import { newId } from '../shared/ids';

/**
 * Every id is a ULID and ids are unique across a project, so any string equal to an old id is a
 * reference to it: a deep rewrite catches all references, including ones added by later schema versions.
 * Undo history is dropped (it describes the old ids).
 */
export function remapProjectIds(file: ProjectFile): {
  file: ProjectFile;
  remapped: number;
  rewrite: (value: unknown) => unknown;
} {
  const map = new Map<string, string>();
  map.set(file.project.id, newId());
  for (const list of Object.values(file.entities))
    for (const e of list as { id: string }[]) map.set(e.id, newId());
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return ULID_PATTERN.test(value) ? (map.get(value) ?? value) : value;
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = rewrite(v);
      return out;
    }
    return value;
  };
  const remappedFile: ProjectFile = {
    ...file,
    project: rewrite(file.project) as ProjectFile['project'],
    entities: rewrite(file.entities) as ProjectFile['entities'],
    history: { undo: [], redo: [] },
  };
  // `rewrite` lets callers apply the same mapping to data kept beside project.json (chat logs).
  return { file: remappedFile, remapped: map.size, rewrite };
}
