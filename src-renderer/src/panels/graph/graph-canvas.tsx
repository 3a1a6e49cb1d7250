// The cytoscape canvas: created once, elements diffed on change, fcose layout only when the shape of the graph changes.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { GRAPH_STYLE } from './graph-style';

cytoscape.use(fcose);

interface Props {
  elements: ElementDefinition[];
  selectedId: string | null;
  onSelect: (characterId: string) => void;
}

const LAYOUT = {
  name: 'fcose',
  animate: false,
  randomize: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
  padding: 24,
} as const;

export function GraphCanvas({ elements, selectedId, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  // The tap handler is bound once; it reads the latest callback through this ref.
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: GRAPH_STYLE,
      elements: [],
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set(elements.map((e) => e.data.id!));
    let shapeChanged = false;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) {
          el.remove();
          shapeChanged = true;
        }
      });
      for (const def of elements) {
        const existing = cy.getElementById(def.data.id!);
        if (existing.nonempty()) existing.data(def.data);
        else {
          cy.add(def);
          shapeChanged = true;
        }
      }
    });
    if (shapeChanged && cy.nodes().length > 0) {
      cy.layout(LAYOUT as unknown as cytoscape.LayoutOptions).run();
      cy.fit(undefined, 24);
    }
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId, elements]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label="Relationship graph of the characters (details in the table below)"
    />
  );
}
