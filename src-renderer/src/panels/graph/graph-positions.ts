// Remembers where each project's graph nodes sit (the browser's storage), so reopening a project keeps its layout.
import type { Positions } from './graph-engine';

const key = (projectId: string) => `storyloom:graph-positions:${projectId}`;
/** More nodes than this are not remembered (their layout is recomputed instead of filling the storage). */
const MAX_REMEMBERED = 5_000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings): the graph then lays out afresh on each open.
    return null;
  }
}

/** The positions saved for a project; anything unreadable counts as none. */
export function loadPositions(projectId: string): Positions {
  try {
    const raw = storage()?.getItem(key(projectId));
    if (!raw) return {};
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Positions = {};
    for (const [id, p] of Object.entries(parsed as Record<string, unknown>)) {
      const { x, y } = (p ?? {}) as { x?: unknown; y?: unknown };
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
        out[id] = { x, y };
    }
    return out;
  } catch {
    return {};
  }
}

/** Saves a project's positions (best effort: a full storage only costs the remembered layout). */
export function savePositions(projectId: string, positions: Positions): void {
  if (Object.keys(positions).length > MAX_REMEMBERED) return;
  try {
    storage()?.setItem(key(projectId), JSON.stringify(positions));
  } catch {
    // Quota exceeded: keep working with the layout in memory.
  }
}
