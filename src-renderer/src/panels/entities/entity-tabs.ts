// The entity browser's tabs: which collection each shows, its entity type, and how to label and order rows.
import type { EntityCollections, EntityType } from '../../contract';
import { assertNever } from '../../lib/assert-never';
import { entityLabel, type NameIndex } from '../../lib/entity-labels';
import type { EntityTab } from '../../stores/ui-slice';

export interface TabSpec {
  tab: EntityTab;
  label: string;
  type: EntityType;
  /** Which types have a create form here (the rest are created by agents, import or later editors). */
  creatable: 'character' | 'location' | null;
}

export const TABS: TabSpec[] = [
  { tab: 'characters', label: 'Characters', type: 'character', creatable: 'character' },
  { tab: 'locations', label: 'Locations', type: 'location', creatable: 'location' },
  { tab: 'scenes', label: 'Scenes', type: 'scene', creatable: null },
  { tab: 'relationships', label: 'Relationships', type: 'relationship', creatable: null },
  { tab: 'shots', label: 'Shots', type: 'shot', creatable: null },
  { tab: 'beats', label: 'Beats', type: 'beat', creatable: null },
];

/** A row of the entity list. */
export interface EntityRow {
  id: string;
  label: string;
  detail: string;
  /** An upstream level was regenerated: this entity may no longer fit (shown as a "stale" badge). */
  stale: boolean;
}

/** The rows of one tab, in story order where there is one. */
export function rowsOf(tab: EntityTab, entities: EntityCollections, index: NameIndex): EntityRow[] {
  const stale = new Set(entities[tab].filter((e) => e.stale).map((e) => e.id));
  return labelledRows(tab, entities, index).map((row) => ({ ...row, stale: stale.has(row.id) }));
}

function labelledRows(
  tab: EntityTab,
  entities: EntityCollections,
  index: NameIndex,
): Omit<EntityRow, 'stale'>[] {
  switch (tab) {
    case 'characters':
      return entities.characters.map((c) => ({
        id: c.id,
        label: c.name,
        detail: [c.role, c.occupation, c.age !== undefined ? `${c.age}` : ''].filter(Boolean).join(' · '),
      }));
    case 'locations':
      return entities.locations.map((l) => ({ id: l.id, label: l.name, detail: l.setting ?? '' }));
    case 'scenes':
      return [...entities.scenes]
        .sort((a, b) => a.number - b.number)
        .map((s) => ({ id: s.id, label: `${s.number}. ${s.heading}`, detail: s.summary ?? '' }));
    case 'relationships':
      return entities.relationships.map((r) => ({
        id: r.id,
        label: entityLabel(entities, index, 'relationship', r.id) ?? r.id,
        detail: `${r.kind} · strength ${r.strength.toFixed(2)} · trust ${r.trust.toFixed(2)}`,
      }));
    case 'shots':
      return [...entities.shots]
        .sort(
          (a, b) =>
            (index.scene.get(a.sceneId)?.number ?? 0) - (index.scene.get(b.sceneId)?.number ?? 0) ||
            a.number - b.number,
        )
        .map((s) => ({
          id: s.id,
          label: entityLabel(entities, index, 'shot', s.id) ?? s.id,
          detail: `${s.angle} · ${s.movement}`,
        }));
    case 'beats':
      return [...entities.beats]
        .sort((a, b) => a.act - b.act || a.order - b.order)
        .map((b) => ({
          id: b.id,
          label: b.name,
          detail: `Act ${b.act}${b.actName ? ` · ${b.actName}` : ''}`,
        }));
    default:
      return assertNever(tab, 'entity tab');
  }
}

/** How many entities a tab holds (for the tab's count). */
export function countOf(tab: EntityTab, entities: EntityCollections): number {
  return entities[tab].length;
}
