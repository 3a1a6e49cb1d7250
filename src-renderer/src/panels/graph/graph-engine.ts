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

/** Graphs up to this many edges animate value changes; bigger ones change at once and draw straight edges. */
const ANIMATE_EDGES = 300;
/** Casts bigger than this get the quick first layout and never an incremental one (it would take seconds). */
const BIG_GRAPH = 150;

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

/** On-screen room between neighbouring nodes needed to show every name, and the names of the important ones. */
const ROOM_FOR_ALL_PX = 80;
const ROOM_FOR_MAIN_PX = 28;
/** Fewer model units than this between neighbours and the drawing is spread out (the quick layout packs tight). */
const MIN_GAP = 45;
/** Spreading never blows the drawing up more than this (a few clumps must not fling the rest away). */
const MAX_SPREAD = 5;

/** Median distance from a node to its nearest other node (a sample on big graphs), in model units. */
function medianGap(cy: Core): number {
  const nodes = cy.nodes().toArray() as NodeSingular[];
  if (nodes.length < 2) return Infinity;
  const step = Math.max(1, Math.floor(nodes.length / 300));
  const gaps: number[] = [];
  for (let i = 0; i < nodes.length; i += step) {
    const p = nodes[i]!.position();
    let best = Infinity;
    for (const other of nodes) {
      if (other === nodes[i]) continue;
      const q = other.position();
      best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    }
    gaps.push(best);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/** Scales the drawing about its centre until neighbours are MIN_GAP apart (node sizes are kept). */
function spread(cy: Core): void {
  const gap = medianGap(cy);
  if (!Number.isFinite(gap) || gap >= MIN_GAP) return;
  const factor = Math.min(MAX_SPREAD, MIN_GAP / Math.max(gap, 1));
  const box = cy.nodes().boundingBox({});
  const cx = box.x1 + box.w / 2;
  const cyy = box.y1 + box.h / 2;
  cy.nodes().positions((n) => {
    const p = (n as NodeSingular).position();
    return { x: cx + (p.x - cx) * factor, y: cyy + (p.y - cyy) * factor };
  });
}

/**
 * Label collision handling: every name when neighbours are far enough apart on screen, else only the important
 * characters' names, else none (hover and selection still show one). Re-checked on zoom and after layouts.
 */
function labelsByRoom(cy: Core): () => void {
  let gap = medianGap(cy);
  let level = -1;
  const apply = () => {
    const room = gap * cy.zoom();
    const next = room >= ROOM_FOR_ALL_PX ? 2 : room >= ROOM_FOR_MAIN_PX ? 1 : 0;
    if (next === level) return;
    level = next;
    cy.batch(() => {
      cy.nodes().removeClass('labelled');
      if (level === 2) cy.nodes().addClass('labelled');
      if (level === 1) cy.nodes('[importance >= 0.7]').addClass('labelled');
    });
  };
  cy.on('zoom', apply);
  return () => {
    gap = medianGap(cy);
    level = -1;
    apply();
  };
}

/** Whether any field of the new data differs from the element's current data. */
function differs(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (current[key] !== next[key]) return true;
  return false;
}

/** fcose constraints that hold nodes where they are. */
function fixedAt(nodes: cytoscape.NodeCollection): { nodeId: string; position: { x: number; y: number } }[] {
  return nodes.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
}

function positionsOf(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  return out;
}

/**
 * Hovering a node lights it, its ties and its neighbours (with readable labels); on graphs small enough to restyle
 * at once, everything else fades.
 */
function wireHover(cy: Core): void {
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as cytoscape.SingularElementArgument;
    const focus = target.isNode() ? target.closedNeighborhood() : target.union(target.connectedNodes());
    const fade = cy.edges().length <= ANIMATE_EDGES;
    cy.batch(() => {
      if (fade) cy.elements().not(focus).addClass('faded');
      focus.addClass('hover');
    });
  });
  cy.on('mouseout', 'node, edge', () => {
    cy.batch(() => cy.elements('.faded, .hover').removeClass('faded hover'));
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
  const relabel = labelsByRoom(cy);
  const report = () => {
    relabel();
    options.onPositions?.(positionsOf(cy));
  };

  cy.on('tap', 'node', (event) => options.onNode(event.target.id() as string));
  cy.on('tap', 'edge', (event) => options.onEdge(event.target.id() as string));
  cy.on('dragfree', 'node', report);
  wireHover(cy);

  /**
   * Places the new nodes. The first time, everything is laid out (fcose; its quick spectral "draft" on big casts).
   * Later, newcomers go beside their neighbours; a handful on a small graph then settle with fcose around the
   * others, which stay fixed, so nothing the user has seen moves.
   */
  function layoutNew(fresh: NodeSingular[]): void {
    const first = placed.size === 0;
    running?.stop();
    if (!first) for (const node of fresh) preplace(cy, node, placed);
    const total = cy.nodes().length;
    if (!first && (fresh.length <= 2 || total > BIG_GRAPH)) {
      for (const node of fresh) placed.add(node.id());
      report();
      return;
    }
    const fixed = cy.nodes().filter((n) => placed.has(n.id()));
    const layout = cy.layout({
      ...FULL_LAYOUT,
      randomize: first,
      quality: first && total > BIG_GRAPH ? 'draft' : 'default',
      ...(first ? {} : { fixedNodeConstraint: fixedAt(fixed) }),
    } as unknown as cytoscape.LayoutOptions);
    running = layout;
    layout.one('layoutstop', () => {
      running = null;
      if (first) spread(cy);
      fitOnce();
      report();
    });
    for (const node of fresh) placed.add(node.id());
    layout.run();
  }

  /** Removes what is gone, updates what changed, and returns the definitions of what is new. */
  function diff(elements: readonly ElementDefinition[]): ElementDefinition[] {
    const wanted = new Set(elements.map((e) => e.data.id!));
    cy.elements().forEach((el) => {
      if (!wanted.has(el.id())) {
        placed.delete(el.id());
        el.remove();
      }
    });
    const added: ElementDefinition[] = [];
    for (const def of elements) {
      const existing = cy.getElementById(def.data.id!);
      // An edge's ends cannot change in place: a re-pointed relationship is drawn anew.
      const moved =
        def.group === 'edges' &&
        existing.nonempty() &&
        (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target);
      if (moved) existing.remove();
      if (existing.nonempty() && !moved) {
        // Only changed elements are touched: a story step restyles the edges that moved, not all 1,800.
        if (differs(existing.data() as Record<string, unknown>, def.data)) existing.data(def.data);
        continue;
      }
      const known = def.group === 'nodes' ? remembered.get(def.data.id!) : undefined;
      if (known) placed.add(def.data.id!);
      added.push(known ? { ...def, position: { ...known } } : def);
    }
    return added;
  }

  return {
    cy,
    sync(elements) {
      const edgeCount = elements.filter((e) => e.group === 'edges').length;
      let fresh: NodeSingular[] = [];
      cy.batch(() => {
        // One add for all new elements: adding one by one costs seconds at 1,800 elements.
        const added = cy.add(diff(elements));
        fresh = added
          .nodes()
          .filter((n) => !placed.has(n.id()))
          .toArray() as NodeSingular[];
        cy.edges().toggleClass('animated', edgeCount <= ANIMATE_EDGES);
        cy.edges().toggleClass('fast', edgeCount > ANIMATE_EDGES);
      });
      if (fresh.length) layoutNew(fresh);
      else if (placed.size && !fitted) {
        fitOnce();
        relabel();
      }
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
