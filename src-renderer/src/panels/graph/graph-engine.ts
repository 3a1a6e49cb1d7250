// The cytoscape graph outside React: diffed updates, a layout that keeps every placed node where it is, hover focus.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { GRAPH_BACKGROUND, GRAPH_STYLE } from './graph-style';

cytoscape.use(fcose);
cytoscape.use(svg);

/** Node positions by character id (what is remembered per project). */
export type Positions = Record<string, { x: number; y: number }>;

export interface GraphOptions {
  /** Positions remembered from an earlier session: those nodes are placed there and never laid out again. */
  positions?: Positions;
  onNode(id: string): void;
  onEdge(id: string): void;
  /** Called after a layout or a drag, with every node's position. */
  onPositions?(positions: Positions): void;
}

export interface GraphController {
  readonly cy: Core;
  /** Adds, removes and updates elements; places only new nodes; never moves a placed one. */
  sync(elements: readonly ElementDefinition[]): void;
  select(id: string | null): void;
  /** PNG of the whole graph, base64 without the data-URL prefix. */
  png(): string;
  /** SVG of the whole graph. */
  svg(): string;
  destroy(): void;
}

/** Graphs up to this many edges animate value changes; bigger ones change at once (smooth scrubbing). */
const ANIMATE_EDGES = 300;

const FULL_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  animate: false,
  randomize: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
  nodeSeparation: 90,
  padding: 24,
};

/** A stable pseudo-random angle per id, so a new node lands in the same spot on every machine. */
function angleOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return (((h >>> 0) % 3600) / 3600) * 2 * Math.PI;
}

/** Puts a new node beside its placed neighbours (their centre), or just outside the drawing when it has none. */
function preplace(cy: Core, node: NodeSingular, placed: ReadonlySet<string>): void {
  const anchors = node
    .neighborhood()
    .nodes()
    .filter((n) => placed.has(n.id()));
  const a = angleOf(node.id());
  if (anchors.nonempty()) {
    const x = anchors.reduce((s, n) => s + (n as NodeSingular).position('x'), 0) / anchors.length;
    const y = anchors.reduce((s, n) => s + (n as NodeSingular).position('y'), 0) / anchors.length;
    node.position({ x: x + Math.cos(a) * 60, y: y + Math.sin(a) * 60 });
    return;
  }
  const box = cy
    .nodes()
    .filter((n) => placed.has(n.id()))
    .boundingBox({});
  const r = Math.max(box.w, box.h) / 2 + 80;
  node.position({ x: box.x1 + box.w / 2 + Math.cos(a) * r, y: box.y1 + box.h / 2 + Math.sin(a) * r });
}

function positionsOf(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  return out;
}

/** Hovering a node lights it, its ties and its neighbours (with readable labels) and fades the rest. */
function wireHover(cy: Core): void {
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as cytoscape.SingularElementArgument;
    const focus = target.isNode() ? target.closedNeighborhood() : target.union(target.connectedNodes());
    cy.batch(() => {
      cy.elements().not(focus).addClass('faded');
      focus.addClass('hover');
    });
  });
  cy.on('mouseout', 'node, edge', () => {
    cy.batch(() => cy.elements().removeClass('faded hover'));
  });
}

/** Creates the graph in `container`; the caller owns it until `destroy()`. */
export function createGraph(container: HTMLElement, options: GraphOptions): GraphController {
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  const remembered = new Map(Object.entries(options.positions ?? {}));
  const placed = new Set<string>();
  let running: cytoscape.Layouts | null = null;
  // The viewport is fitted once (after the first placement); later updates leave the user's pan and zoom alone.
  let fitted = false;
  const fitOnce = () => {
    if (fitted) return;
    fitted = true;
    fitReadable(cy);
  };
  const report = () => options.onPositions?.(positionsOf(cy));

  cy.on('tap', 'node', (event) => options.onNode(event.target.id() as string));
  cy.on('tap', 'edge', (event) => options.onEdge(event.target.id() as string));
  cy.on('dragfree', 'node', report);
  wireHover(cy);

  /** Lays out the new nodes: everything at once the first time, later only the newcomers around fixed others. */
  function layoutNew(fresh: NodeSingular[]): void {
    const first = placed.size === 0;
    running?.stop();
    if (!first) for (const node of fresh) preplace(cy, node, placed);
    const fixed = first
      ? []
      : cy
          .nodes()
          .filter((n) => placed.has(n.id()))
          .toArray();
    const layout = cy.layout({
      ...FULL_LAYOUT,
      randomize: first,
      ...(first
        ? {}
        : {
            fixedNodeConstraint: fixed.map((n) => ({
              nodeId: n.id(),
              position: { ...(n as NodeSingular).position() },
            })),
          }),
    } as unknown as cytoscape.LayoutOptions);
    running = layout;
    layout.one('layoutstop', () => {
      running = null;
      fitOnce();
      report();
    });
    for (const node of fresh) placed.add(node.id());
    layout.run();
  }

  return {
    cy,
    sync(elements) {
      const wanted = new Set(elements.map((e) => e.data.id!));
      const fresh: NodeSingular[] = [];
      const edgeCount = elements.filter((e) => e.group === 'edges').length;
      cy.batch(() => {
        cy.elements().forEach((el) => {
          if (!wanted.has(el.id())) {
            placed.delete(el.id());
            el.remove();
          }
        });
        for (const def of elements) {
          const existing = cy.getElementById(def.data.id!);
          // An edge's ends cannot change in place: a re-pointed relationship is drawn anew.
          const moved =
            def.group === 'edges' &&
            existing.nonempty() &&
            (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target);
          if (moved) existing.remove();
          else if (existing.nonempty()) {
            existing.data(def.data);
            continue;
          }
          const known = def.group === 'nodes' ? remembered.get(def.data.id!) : undefined;
          const added = cy.add(known ? { ...def, position: { ...known } } : def);
          if (def.group !== 'nodes') continue;
          if (known) placed.add(def.data.id!);
          else fresh.push(added as unknown as NodeSingular);
        }
        cy.edges().toggleClass('animated', edgeCount <= ANIMATE_EDGES);
      });
      if (fresh.length) layoutNew(fresh);
      else if (placed.size) fitOnce();
    },
    select(id) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        if (id) cy.getElementById(id).select();
      });
    },
    png: () =>
      cy.png({
        output: 'base64',
        full: true,
        scale: 2,
        bg: GRAPH_BACKGROUND,
        maxWidth: 8000,
        maxHeight: 8000,
      }),
    svg: () =>
      (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: GRAPH_BACKGROUND }),
    destroy() {
      running?.stop();
      cy.destroy();
    },
  };
}

/** Fits the drawing, but never zooms a handful of nodes up to giant circles. */
function fitReadable(cy: Core): void {
  cy.fit(undefined, 24);
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center();
  }
}
