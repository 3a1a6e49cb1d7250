// Applies a change summary (from `project:changed` or a verb's answer) to an open project snapshot, immutably.
import type {
  ChangeOp,
  ChangeSummary,
  CollectionKey,
  EntityCollections,
  ProjectMeta,
  ProjectSnapshot,
} from '../contract';

const COLLECTION_OF: Record<Exclude<ChangeOp['type'], 'project'>, CollectionKey> = {
  character: 'characters',
  location: 'locations',
  relationship: 'relationships',
  scene: 'scenes',
  shot: 'shots',
  beat: 'beats',
  talent: 'talents',
  casting: 'castings',
};

/** What `applyChange` decided: applied, already seen (stale), or a gap that needs a full reload. */
export type ApplyOutcome =
  | { kind: 'applied'; snapshot: ProjectSnapshot }
  | { kind: 'stale' }
  | { kind: 'gap'; expected: number; got: number };

type Row = { id: string };

/** Replaces, inserts or removes one entity (op.after null = deleted) in a copy of its collection. */
function applyToCollection<T extends Row>(rows: T[], op: ChangeOp): T[] {
  const index = rows.findIndex((row) => row.id === op.id);
  if (op.after === null) return index < 0 ? rows : rows.filter((_, i) => i !== index);
  const next = op.after as unknown as T;
  if (index < 0) return [...rows, next];
  const copy = rows.slice();
  copy[index] = next;
  return copy;
}

/** Applies ops in order to the entity collections and project metadata; unchanged collections keep identity. */
export function applyOps(
  entities: EntityCollections,
  project: ProjectMeta,
  ops: readonly ChangeOp[],
): { entities: EntityCollections; project: ProjectMeta } {
  let nextEntities = entities;
  let nextProject = project;
  for (const op of ops) {
    if (op.type === 'project') {
      // A project op carries the whole metadata record; a null after would mean deleting the project itself.
      if (op.after !== null) nextProject = { ...nextProject, ...(op.after as Partial<ProjectMeta>) };
      continue;
    }
    const key = COLLECTION_OF[op.type];
    const rows = nextEntities[key] as Row[];
    nextEntities = { ...nextEntities, [key]: applyToCollection(rows, op) };
  }
  return { entities: nextEntities, project: nextProject };
}

/**
 * Applies a change to a snapshot when it is the next revision. An older or equal revision was already applied
 * (the verb's answer and the broadcast event carry the same change); a jump means events were missed.
 */
export function applyChange(snapshot: ProjectSnapshot, change: ChangeSummary): ApplyOutcome {
  if (change.revision <= snapshot.revision) return { kind: 'stale' };
  if (change.revision > snapshot.revision + 1)
    return { kind: 'gap', expected: snapshot.revision + 1, got: change.revision };
  const { entities, project } = applyOps(snapshot.file.entities, snapshot.file.project, change.ops);
  const counts = {
    characters: entities.characters.length,
    locations: entities.locations.length,
    scenes: entities.scenes.length,
    shots: entities.shots.length,
  };
  return {
    kind: 'applied',
    snapshot: {
      ...snapshot,
      revision: change.revision,
      canUndo: change.canUndo,
      canRedo: change.canRedo,
      file: { ...snapshot.file, project, entities },
      summary: {
        ...snapshot.summary,
        name: project.name,
        kind: project.kind,
        updatedAt: project.updatedAt,
        counts,
      },
    },
  };
}
