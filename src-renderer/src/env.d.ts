// Ambient declarations for the renderer: packages without their own types.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
