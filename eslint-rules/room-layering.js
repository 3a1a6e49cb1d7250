// ESLint rule `storyloom/room-layering`: rooms of src-main import one way, as the layer table in eslint.config.js says.
import path from 'node:path';

/**
 * Options: `{ root: 'src-main', layers: [['cli', 'bench'], ['ipc'], …] }` — top layer first. A room may import a room
 * of a lower layer, never one of its own layer (no two rooms import each other) nor one above.
 */
export const roomLayering = {
  meta: {
    type: 'problem',
    docs: { description: 'Rooms of src-main import one way (DESIGN.md §1).' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        "storyloom/room-layering: room '{{from}}' may not import room '{{to}}' ({{why}}). Move the shared code down a layer " +
        '(events/, shared/, domain/) or pass it in from above. Layers are listed in eslint.config.js.',
      unknown:
        "storyloom/room-layering: room '{{room}}' is not in the layer table of eslint.config.js; add it to a layer.",
    },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const layerOf = new Map(layers.flatMap((rooms, index) => rooms.map((room) => [room, index])));
    const rootDir = path.resolve(context.cwd ?? process.cwd(), root);
    const roomOf = (file) => {
      const rel = path.relative(rootDir, file);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
      const [first, ...rest] = rel.split(path.sep);
      return rest.length ? first : first.replace(/\.tsx?$/, '');
    };
    const from = roomOf(context.filename);
    if (from === undefined) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = roomOf(path.resolve(path.dirname(context.filename), specifier));
      if (to === undefined || to === from) return;
      for (const room of [from, to]) {
        if (!layerOf.has(room)) return context.report({ node, messageId: 'unknown', data: { room } });
      }
      const [a, b] = [layerOf.get(from), layerOf.get(to)];
      if (b > a) return;
      const why =
        a === b ? 'same layer: rooms of one layer never import each other' : `'${to}' is a higher layer`;
      context.report({ node, messageId: 'upward', data: { from, to, why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'room-layering': roomLayering } };
