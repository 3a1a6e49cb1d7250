// Cytoscape stylesheet of the relationship graph: nodes by role, edges coloured by strength and sized by trust.
import type cytoscape from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';

/** Node colours by character role (kept in step with the CSS palette). */
export const ROLE_COLORS: Record<string, string> = {
  protagonist: '#6e8bff',
  antagonist: '#e5484d',
  supporting: '#c9a227',
  minor: '#7d8590',
  none: '#9aa4b2',
};

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      label: 'data(name)',
      color: '#e6e8eb',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#15171a',
      'text-outline-width': 2,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 0,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffffff' } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(color)',
      width: (edge: cytoscape.EdgeSingular) => Number(edge.data('width')),
      opacity: (edge: cytoscape.EdgeSingular) => Number(edge.data('opacity')),
      'curve-style': 'bezier',
      'target-arrow-shape': 'data(arrow)' as never,
      'target-arrow-color': 'data(color)',
      label: 'data(kind)',
      'font-size': 9,
      color: '#9aa4b2',
      'text-rotation': 'autorotate',
      'text-outline-color': '#15171a',
      'text-outline-width': 2,
    },
  },
];
