// The entity card (a non-modal dialog named after the entity): an editor for characters and locations, details otherwise.
import { useEffect, useRef } from 'react';
import { entityLabel } from '../../lib/entity-labels';
import type { EntityRef } from '../../stores/ui-slice';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { useEntities, useNameIndex } from '../use-project-data';
import { CharacterEditor } from './character-editor';
import { EntityDetails } from './entity-details';
import { LocationEditor } from './location-editor';

export function EntityCard({ selected }: { selected: EntityRef }) {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const selectEntity = useAppStore(selectSelectEntity);
  const cardRef = useRef<HTMLDivElement>(null);
  const label = entityLabel(entities, index, selected.type, selected.id);

  // Focus moves into the card when it opens so keyboard users land on it; Escape closes it.
  useEffect(() => {
    cardRef.current?.focus();
  }, [selected.id]);

  if (label === null) return null; // Deleted (e.g. by undo): the card simply goes away.
  const character =
    selected.type === 'character' ? entities.characters.find((c) => c.id === selected.id) : undefined;
  const location =
    selected.type === 'location' ? entities.locations.find((l) => l.id === selected.id) : undefined;

  return (
    <div
      ref={cardRef}
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      className="card entity-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') selectEntity(null);
      }}
    >
      <div className="card-head">
        <h2>{label}</h2>
        <span className="badge">{selected.type}</span>
        <button type="button" className="ghost" onClick={() => selectEntity(null)} aria-label="Close">
          ×
        </button>
      </div>
      {character ? (
        <CharacterEditor character={character} />
      ) : location ? (
        <LocationEditor location={location} />
      ) : (
        <EntityDetails selected={selected} />
      )}
    </div>
  );
}
