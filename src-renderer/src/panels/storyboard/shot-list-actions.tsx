// The shot list's toolbar (filter, group by setup, add, renumber) and each row's duplicate and delete.
import { useMemo, useState } from 'react';
import type { Shot } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities } from '../use-project-data';
import { selectRenumberShots, selectReorderShots } from '../../stores/storyboard-selectors';
import { selectCreateEntity, selectDeleteEntity, selectShots } from '../../stores/project-selectors';

/** Fields a copy does not take over: identity and bookkeeping (the store sets them afresh). */
const NOT_COPIED = ['id', 'createdAt', 'updatedAt', 'createdVia', 'provenance', 'number', 'numberLocked'];

/** Duplicates a shot right after itself (same scene, next place), or deletes it. */
export function ShotListActions({ shot, name }: { shot: Shot; name: string }) {
  const createEntity = useAppStore(selectCreateEntity);
  const deleteEntity = useAppStore(selectDeleteEntity);
  const reorderShots = useAppStore(selectReorderShots);
  const shots = useAppStore(selectShots);

  const duplicate = async () => {
    const data = Object.fromEntries(Object.entries(shot).filter(([k]) => !NOT_COPIED.includes(k)));
    const siblings = (shots ?? [])
      .filter((s) => s.sceneId === shot.sceneId)
      .sort((a, b) => a.number - b.number);
    const highest = siblings.reduce((max, s) => Math.max(max, s.number), 0);
    const copy = await createEntity('shot', { ...data, number: highest + 1 });
    if (!copy) return;
    const ids = siblings.map((s) => s.id);
    ids.splice(ids.indexOf(shot.id) + 1, 0, copy.id);
    await reorderShots(shot.sceneId, ids);
  };

  return (
    <span className="row-actions">
      <button
        type="button"
        className="link"
        aria-label={`Duplicate shot ${name}`}
        onClick={() => void duplicate()}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="link row-delete"
        aria-label={`Delete shot ${name}`}
        onClick={() => void deleteEntity('shot', shot.id)}
      >
        Delete
      </button>
    </span>
  );
}

interface ToolbarProps {
  filter: string;
  onFilter: (text: string) => void;
  grouped: boolean;
  onGrouped: (on: boolean) => void;
  writable: boolean;
}

export function ShotListToolbar({ filter, onFilter, grouped, onGrouped, writable }: ToolbarProps) {
  const entities = useEntities();
  const createEntity = useAppStore(selectCreateEntity);
  const renumberShots = useAppStore(selectRenumberShots);
  const scenes = useMemo(() => [...entities.scenes].sort((a, b) => a.number - b.number), [entities.scenes]);
  const [sceneId, setSceneId] = useState('');
  const target = scenes.find((s) => s.id === sceneId) ?? scenes[0];

  const add = async () => {
    if (!target) return;
    const highest = entities.shots
      .filter((s) => s.sceneId === target.id)
      .reduce((max, s) => Math.max(max, s.number), 0);
    await createEntity('shot', {
      sceneId: target.id,
      number: highest + 1,
      size: 'MS',
      angle: 'eye',
      movement: 'static',
    });
  };

  return (
    <div className="shot-list-toolbar">
      <input
        type="search"
        placeholder="Filter shots"
        aria-label="Filter shots"
        value={filter}
        onChange={(e) => onFilter(e.target.value)}
      />
      <label className="inline">
        <input type="checkbox" checked={grouped} onChange={(e) => onGrouped(e.target.checked)} /> Group by
        setup
      </label>
      {writable && (
        <>
          <select
            aria-label="Scene for a new shot"
            value={target?.id ?? ''}
            onChange={(e) => setSceneId(e.target.value)}
          >
            {scenes.map((s) => (
              <option key={s.id} value={s.id}>
                Scene {s.number}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void add()} disabled={!target}>
            Add shot
          </button>
          <button type="button" onClick={() => void renumberShots()}>
            Renumber
          </button>
        </>
      )}
    </div>
  );
}
