// Incremental JSON serialization of project.json: each immutable entity is stringified once and cached.
import type { ProjectFile } from '../../src-preload/contract/project';

/**
 * Entities and history entries are never mutated in place (updates replace the object), so a
 * WeakMap keyed by object identity can keep their JSON. Re-serializing a 5 MB project after one
 * change then costs one entity's stringify plus a join, instead of the whole file.
 */
const cache = new WeakMap<object, string>();

function cachedJson(value: object): string {
  let json = cache.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    cache.set(value, json);
  }
  return json;
}

function arrayJson(items: readonly object[]): string {
  return `[${items.map(cachedJson).join(',')}]`;
}

/** Serializes a project file to compact JSON, equal to `JSON.stringify(file)` (after key order). */
export function serializeProjectFile(file: ProjectFile): string {
  const entities = Object.entries(file.entities)
    .map(([key, items]) => `${JSON.stringify(key)}:${arrayJson(items as object[])}`)
    .join(',');
  const history = `{"undo":${arrayJson(file.history.undo)},"redo":${arrayJson(file.history.redo)}}`;
  return `{"schemaVersion":${file.schemaVersion},"project":${JSON.stringify(file.project)},"entities":{${entities}},"history":${history}}`;
}
