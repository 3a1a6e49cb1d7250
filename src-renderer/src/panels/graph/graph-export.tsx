// Export buttons of the graph: the whole graph as PNG (cytoscape) or SVG (cytoscape-svg), saved as downloads.
import type { MutableRefObject } from 'react';
import { downloadBase64, downloadBlob } from '../../lib/files';
import { useAppStore } from '../../stores/use-app-store';
import type { GraphController } from './graph-engine';
import { selectNotify } from '../../stores/app-selectors';

interface Props {
  projectName: string;
  controllerRef: MutableRefObject<GraphController | null>;
}

/** A file name from the project's name, without characters file systems refuse. */
const fileBase = (name: string) =>
  `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'project'} relationships`;

export function GraphExport({ projectName, controllerRef }: Props) {
  const notify = useAppStore(selectNotify);
  const save = (format: 'png' | 'svg') => {
    const graph = controllerRef.current;
    if (!graph) return;
    const name = `${fileBase(projectName)}.${format}`;
    if (format === 'png') downloadBase64(name, graph.png(), 'image/png');
    else downloadBlob(name, new Blob([graph.svg()], { type: 'image/svg+xml' }));
    notify(`Exported the relationship graph: ${name}.`);
  };
  return (
    <div role="group" aria-label="Export the graph" className="graph-export">
      <button type="button" onClick={() => save('png')}>
        PNG
      </button>
      <button type="button" onClick={() => save('svg')}>
        SVG
      </button>
    </div>
  );
}
