// Cytoscape stylesheet of the relationship graph: nodes by role and importance, edges by strength and trust.
import type cytoscape from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';

/** Node colours by character role (kept in step with the legend). */
export const ROLE_COLORS: Record<string, string> = {
  protagonist: '#6e8bff',
  antagonist: '#e5484d',
  supporting: '#c9a227',
  minor: '#7d8590',
  none: '#9aa4b2',
};

/** The canvas background, also painted behind exported images. */
export const GRAPH_BACKGROUND = '#15171a';

/** A label readable at any zoom, for hovered and selected elements. */
const readable = (ele: cytoscape.SingularElementArgument): number =>
  Math.max(11, 12 / Math.max(0.05, ele.cy().zoom()));

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      color: '#e6e8eb',
      'font-size': 'data(fontSize)',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': GRAPH_BACKGROUND,
      'text-outline-width': 2,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 0,
    },
  },
  // Names show where there is room for them (the engine sets `labelled` by zoom and spacing), and on hover.
  { selector: 'node.labelled', style: { label: 'data(name)' } },
  {
    selector: 'node.hover, node:selected',
    style: { label: 'data(name)', 'font-size': readable, 'z-index': 20 },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffffff' } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(color)',
      // Data mappers, not functions: cytoscape caches them, which matters at 1,500 edges.
      width: 'data(width)' as never,
      opacity: 'data(opacity)' as never,
      'curve-style': 'bezier',
      'target-arrow-shape': 'data(arrow)' as never,
      'target-arrow-color': 'data(color)',
      'font-size': 9,
      color: '#c7ccd4',
      'text-rotation': 'autorotate',
      'text-outline-color': GRAPH_BACKGROUND,
      'text-outline-width': 2,
    },
  },
  // Value changes glide (scrubbing, a kept scene); only on graphs small enough to animate smoothly.
  {
    selector: 'edge.animated',
    style: {
      'transition-property': 'line-color, width, opacity, target-arrow-color',
      'transition-duration': 350,
    } as never,
  },
  // Straight edges on big graphs (an order of magnitude cheaper to draw); directed ones keep their arrows.
  {
    selector: 'edge.fast[arrow = "none"]',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0 } as never,
  },
  // A simulated scene's proposed values, not kept yet.
  { selector: 'edge[?preview]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } as never },
  {
    selector: 'edge.hover, edge:selected',
    style: { label: 'data(kind)', 'font-size': readable, 'z-index': 20 },
  },
  { selector: 'edge:selected', style: { 'overlay-color': '#ffffff', 'overlay-opacity': 0.18 } as never },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: '[?hidden]', style: { display: 'none' } },
];
