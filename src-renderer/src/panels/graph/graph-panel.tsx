// Relationship graph: cytoscape + fcose, click a character to open its card, scrub story time, and a readable table.
import { useMemo, useState } from 'react';
import { buildTimeline, relationshipsAt } from '../../lib/relationship-timeline';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity, selectSelectedCharacterId } from '../../stores/ui-selectors';
import { useEntities, useNameIndex } from '../use-project-data';
import { GraphCanvas } from './graph-canvas';
import { graphElements } from './graph-elements';
import { RelationshipTable } from './relationship-table';
import { TimeScrubber } from './time-scrubber';

export function GraphPanel() {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const selected = useAppStore(selectSelectedCharacterId);
  const selectEntity = useAppStore(selectSelectEntity);
  const { characters, relationships } = entities;
  const timeline = useMemo(() => buildTimeline(relationships), [relationships]);
  // null = follow "now" (new interactions move the scrubber along); a number pins a point in story time.
  const [pinned, setPinned] = useState<number | null>(null);
  const position = pinned === null ? timeline.length : Math.min(pinned, timeline.length);
  const values = useMemo(
    () => relationshipsAt(relationships, timeline, position),
    [relationships, timeline, position],
  );
  const elements = useMemo(
    () => graphElements(characters, relationships, values),
    [characters, relationships, values],
  );

  return (
    <section aria-label="Relationship graph" className="panel graph-panel">
      <h2 className="panel-title">Relationships</h2>
      {characters.length === 0 ? (
        <p className="empty">No characters yet. Characters appear here as nodes, relationships as edges.</p>
      ) : (
        <GraphCanvas
          elements={elements}
          selectedId={selected}
          onSelect={(id) => selectEntity({ type: 'character', id })}
        />
      )}
      <div className="legend" aria-hidden="true">
        <span className="swatch neg" /> hostile <span className="swatch neutral" /> neutral{' '}
        <span className="swatch pos" /> close · thicker = more trust
      </div>
      <TimeScrubber
        timeline={timeline}
        position={position}
        onChange={(p) => setPinned(p >= timeline.length ? null : p)}
        sceneNumber={(id) => index.scene.get(id)?.number}
      />
      <RelationshipTable
        relationships={relationships}
        values={values}
        names={index.character}
        onSelect={(id) => selectEntity({ type: 'relationship', id })}
      />
    </section>
  );
}
