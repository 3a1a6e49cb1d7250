// The graph's React host: one cytoscape instance per project, fed diffed elements; positions remembered per project.
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useRef, type MutableRefObject } from 'react';
import { createGraph, type GraphController, type Positions } from './graph-engine';
import { loadPositions, savePositions } from './graph-positions';
import { installGraphTestHook } from './graph-test-hook';

interface Props {
  projectId: string;
  elements: ElementDefinition[];
  /** The selected character or relationship id. */
  selectedId: string | null;
  onNode: (characterId: string) => void;
  onEdge: (relationshipId: string) => void;
  /** Receives the controller (for export) while the canvas is mounted. */
  controllerRef: MutableRefObject<GraphController | null>;
}

/** Positions are written at most this often (drags and layouts come in bursts). */
const SAVE_DELAY_MS = 400;

export function GraphCanvas({ projectId, elements, selectedId, onNode, onEdge, controllerRef }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const graphRef = useRef<GraphController | null>(null);
  // Taps are bound once; they read the latest callbacks through this ref.
  const handlers = useRef({ onNode, onEdge });
  useEffect(() => {
    handlers.current = { onNode, onEdge };
  }, [onNode, onEdge]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: Positions | null = null;
    const flush = () => {
      if (pending) savePositions(projectId, pending);
      pending = null;
    };
    const graph = createGraph(containerRef.current!, {
      positions: loadPositions(projectId),
      onNode: (id) => handlers.current.onNode(id),
      onEdge: (id) => handlers.current.onEdge(id),
      onPositions: (positions) => {
        pending = positions;
        clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      },
    });
    const removeHook = installGraphTestHook(graph.cy, containerRef.current!);
    graphRef.current = graph;
    controllerRef.current = graph;
    return () => {
      clearTimeout(timer);
      flush();
      removeHook();
      graphRef.current = null;
      controllerRef.current = null;
      graph.destroy();
    };
  }, [projectId, controllerRef]);

  useEffect(() => {
    graphRef.current?.sync(elements);
  }, [elements, projectId]);

  useEffect(() => {
    graphRef.current?.select(selectedId);
  }, [selectedId, elements]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      data-testid="relationship-graph-canvas"
      aria-label="Relationship graph of the characters (details in the relationship list below)"
    />
  );
}
