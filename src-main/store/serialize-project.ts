// Incremental JSON serialization of project.json: each immutable entity is stringified once and cached.
import type { ProjectFile } from '../../src-preload/contract/project';

/**
 * Entities and history entries are never mutated in place (updates replace the object), so a
 * WeakMap keyed by object identity can keep their JSON. Re-serializing a 5 MB project after one
 * change then costs one entity's stringify plus a join, instead of the whole file.
 */
const cache = new WeakMap<object, string>();

/** JSON of an object that is never mutated once stored (an entity, a history entry), computed once. */
export function cachedJson(value: object): string {
  let json = cache.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    cache.set(value, json);
  }
  return json;
}

/** Entities per cached chunk of a collection: small enough to rebuild quickly, few enough to check fast. */
const CHUNK = 256;
/** Per collection array: the element references of each chunk and that chunk's JSON. */
const chunkCache = new WeakMap<readonly object[], { refs: object[][]; json: string[] }>();

/**
 * JSON of a collection. Chunks whose elements are the same objects as last time reuse their JSON, and the
 * pieces are joined with `+` (V8 keeps a rope, no copy), so one change costs one chunk, not the whole file.
 */
function arrayJson(items: readonly object[]): string {
  let cache = chunkCache.get(items);
  if (!cache) {
    cache = { refs: [], json: [] };
    chunkCache.set(items, cache);
  }
  let out = '[';
  const chunks = Math.ceil(items.length / CHUNK);
  for (let k = 0; k < chunks; k++) {
    const start = k * CHUNK;
    const end = Math.min(items.length, start + CHUNK);
    const previous = cache.refs[k];
    let same = previous !== undefined && previous.length === end - start;
    for (let i = start; same && i < end; i++) same = previous![i - start] === items[i];
    if (!same) {
      const refs = items.slice(start, end) as object[];
      cache.refs[k] = refs;
      cache.json[k] = refs.map(cachedJson).join(',');
    }
    out += (k ? ',' : '') + cache.json[k];
  }
  cache.refs.length = chunks;
  cache.json.length = chunks;
  return `${out}]`;
}

/** Serializes a project file to compact JSON, equal to `JSON.stringify(file)` (after key order). */
export function serializeProjectFile(file: ProjectFile): string {
  const entities = Object.entries(file.entities)
    .map(([key, items]) => `${JSON.stringify(key)}:${arrayJson(items as object[])}`)
    .join(',');
  const history = `{"undo":${arrayJson(file.history.undo)},"redo":${arrayJson(file.history.redo)}}`;
  const seq = file.journalSeq === undefined ? '' : `,"journalSeq":${file.journalSeq}`;
  return `{"schemaVersion":${file.schemaVersion},"project":${JSON.stringify(file.project)},"entities":{${entities}},"history":${history}${seq}}`;
}
