// Relationship graph panel: filters, a stable cytoscape graph, legend, story-time scrubber, edge history, observatory.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { characterImportance } from '../../lib/character-importance';
import { buildTimeline, relationshipsAt } from '../../lib/relationship-timeline';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity, selectSelected } from '../../stores/ui-selectors';
import { selectMessages } from '../../stores/chat-selectors';
import { selectLiveScene } from '../../stores/simulation-selectors';
import { liveProposal, pendingSimulation } from '../../lib/simulation-proposal';
import { useEntities, useNameIndex } from '../use-project-data';
import { EdgeHistory } from './edge-history';
import { GraphCanvas } from './graph-canvas';
import { graphElements } from './graph-elements';
import type { GraphController } from './graph-engine';
import { GraphExport } from './graph-export';
import { GraphFilters, type FilterState } from './graph-filters';
import { GraphLegend } from './graph-legend';
import { previewValues } from './graph-preview';
import { ObservatoryStrip } from './observatory-strip';
import { RelationshipTable } from './relationship-table';
import { TimeScrubber } from './time-scrubber';
import { selectOpenProjectSummary } from '../../stores/project-selectors';

/** How long each story step stays on screen while playing. */
const PLAY_STEP_MS = 900;

/** Story time: the scrubbed step (null follows "now"), and playback that walks it step by step. */
function useStoryTime(steps: number) {
  const [pinned, setPinned] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const position = pinned === null ? steps : Math.min(pinned, steps);
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = position + 1;
      // The last step is "now": playback ends there and the scrubber follows new interactions again.
      if (next >= steps) {
        setPinned(null);
        setPlaying(false);
      } else setPinned(next);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, position, steps]);
  const move = useCallback((p: number) => setPinned(p >= steps ? null : p), [steps]);
  return { position, atNow: pinned === null, move, playing, setPlaying };
}

/** The graph's model: the story timeline, each edge's values at the scrubbed step, and the filtered elements. */
function useGraphModel(filter: FilterState) {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const messages = useAppStore(selectMessages);
  const live = useAppStore(selectLiveScene);
  // A playing scene's proposals show turn by turn, as a provisional overlay like a waiting scene's.
  const pending = useMemo(() => liveProposal(pendingSimulation(messages), live), [messages, live]);
  const { characters, relationships, scenes } = entities;
  const sceneNumber = useCallback((id: string) => index.scene.get(id)?.number, [index]);
  const timeline = useMemo(() => buildTimeline(relationships, sceneNumber), [relationships, sceneNumber]);
  const time = useStoryTime(timeline.length);
  const values = useMemo(
    () => relationshipsAt(relationships, timeline, time.position),
    [relationships, timeline, time.position],
  );
  const importance = useMemo(
    () => characterImportance(characters, relationships),
    [characters, relationships],
  );
  // A scene waiting for its verdict shows what it would do, at "now" only (the past is what was kept).
  const preview = useMemo(
    () => previewValues(time.atNow ? pending : null, relationships),
    [pending, relationships, time.atNow],
  );
  const sceneCast = useMemo(() => {
    const scene = filter.sceneId ? scenes.find((s) => s.id === filter.sceneId) : undefined;
    return scene ? new Set(scene.characterIds) : null;
  }, [filter.sceneId, scenes]);
  const { kind, minStrength } = filter;
  const elements = useMemo(
    () =>
      graphElements({
        characters,
        relationships,
        values,
        importance,
        preview,
        filter: { kind, minStrength, sceneCast },
      }),
    [characters, relationships, values, importance, preview, kind, minStrength, sceneCast],
  );
  return { entities, index, pending, sceneNumber, timeline, time, values, preview, elements };
}

export function GraphPanel() {
  const project = useAppStore(selectOpenProjectSummary);
  const selected = useAppStore(selectSelected);
  const selectEntity = useAppStore(selectSelectEntity);
  const controllerRef = useRef<GraphController | null>(null);
  const [filter, setFilter] = useState<FilterState>({ kind: 'all', minStrength: -1, sceneId: null });
  const { entities, index, pending, sceneNumber, timeline, time, values, preview, elements } =
    useGraphModel(filter);
  const { characters, relationships, scenes } = entities;
  const onNode = useCallback((id: string) => selectEntity({ type: 'character', id }), [selectEntity]);
  const onEdge = useCallback((id: string) => selectEntity({ type: 'relationship', id }), [selectEntity]);
  const selectedRel =
    selected?.type === 'relationship' ? relationships.find((r) => r.id === selected.id) : undefined;
  const pairOf = useCallback(
    (id: string): [string, string] | undefined => {
      const r = relationships.find((x) => x.id === id);
      return r ? [r.sourceId, r.targetId] : undefined;
    },
    [relationships],
  );

  return (
    <section aria-label="Relationship graph" className="panel graph-panel">
      <h2 className="panel-title">
        Relationships
        {project && characters.length > 0 && (
          <GraphExport projectName={project.name} controllerRef={controllerRef} />
        )}
      </h2>
      <div className="graph-body">
        {characters.length > 0 && <GraphFilters value={filter} onChange={setFilter} scenes={scenes} />}
        {characters.length === 0 || !project ? (
          <p className="empty">No characters yet. Characters appear here as nodes, relationships as edges.</p>
        ) : (
          <GraphCanvas
            projectId={project.id}
            elements={elements}
            selectedId={
              selected?.type === 'character' || selected?.type === 'relationship' ? selected.id : null
            }
            onNode={onNode}
            onEdge={onEdge}
            controllerRef={controllerRef}
          />
        )}
        <GraphLegend showPreview={preview.size > 0} />
        <TimeScrubber
          timeline={timeline}
          position={time.position}
          onChange={time.move}
          playing={time.playing}
          onPlay={time.setPlaying}
          sceneNumber={sceneNumber}
        />
        {selectedRel && (
          <EdgeHistory
            relationship={selectedRel}
            names={index.character}
            timeline={timeline}
            position={time.position}
            at={values.find((v) => v.id === selectedRel.id)}
            sceneNumber={sceneNumber}
            onClose={() => selectEntity(null)}
          />
        )}
        <ObservatoryStrip
          characters={characters}
          relationshipCount={relationships.length}
          sceneCount={scenes.length}
          timeline={timeline}
          position={time.position}
          names={index.character}
          pairOf={pairOf}
          pending={pending}
        />
        <RelationshipTable
          relationships={relationships}
          values={values}
          names={index.character}
          onSelect={onEdge}
        />
      </div>
    </section>
  );
}
