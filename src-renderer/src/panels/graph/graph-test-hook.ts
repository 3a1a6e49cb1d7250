// A read-only window onto the graph for automated browsers (navigator.webdriver): canvas edges have no DOM to click.
import type { Core, NodeSingular } from 'cytoscape';

/**
 * Where something is drawn on the page, and whether a click there reaches the canvas: the panel and the workspace
 * scroll (the drawing may be out of sight), and a test must not click the legend instead.
 */
export interface PagePoint {
  x: number;
  y: number;
  clickable: boolean;
}

/** What a UI test can ask the graph: where an edge is on the page, and how it is drawn. */
export interface GraphTestHook {
  /** The edge between two characters (by name, either direction), or null when there is none. */
  edgeBetween(a: string, b: string): ({ id: string; color: string } & PagePoint) | null;
  /** Where a character's node is drawn on the page, or null when it is not in the graph. */
  nodeAt(name: string): ({ id: string } & PagePoint) | null;
  /** Whether a layout is running (tests click only on a settled graph). */
  busy(): boolean;
}

declare global {
  interface Window {
    __storyloomGraph?: GraphTestHook;
  }
}

function pagePoint(container: HTMLElement, at: { x: number; y: number }): PagePoint {
  const box = container.getBoundingClientRect();
  const x = box.left + at.x;
  const y = box.top + at.y;
  const hit = document.elementFromPoint(x, y);
  return { x, y, clickable: hit !== null && container.contains(hit) };
}

/** Installs the hook only under automation; returns the function that removes it. */
export function installGraphTestHook(cy: Core, container: HTMLElement): () => void {
  if (!navigator.webdriver) return () => undefined;
  let layouts = 0;
  cy.on('layoutstart', () => layouts++);
  cy.on('layoutstop', () => layouts--);
  const hook: GraphTestHook = {
    edgeBetween(a, b) {
      const named = (name: string) => cy.nodes().filter((n) => n.data('name') === name);
      const edge = named(a).edgesWith(named(b)).first();
      if (edge.empty()) return null;
      return {
        id: edge.id(),
        color: String(edge.data('color')),
        ...pagePoint(container, edge.renderedMidpoint()),
      };
    },
    nodeAt(name) {
      const node = cy
        .nodes()
        .filter((n) => n.data('name') === name)
        .first();
      if (node.empty()) return null;
      return { id: node.id(), ...pagePoint(container, (node as NodeSingular).renderedPosition()) };
    },
    busy: () => layouts > 0,
  };
  window.__storyloomGraph = hook;
  return () => {
    if (window.__storyloomGraph === hook) delete window.__storyloomGraph;
  };
}
