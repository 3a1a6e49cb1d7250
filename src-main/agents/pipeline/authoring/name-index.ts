// Resolves the names a model writes ("Rosa", "ROSA", "the Lisbon safehouse") to the drafts they mean.
import { slug } from '../../../brains/offline/generate/text';
import { findNamed } from '../../../domain/find-by-name';

interface Keyed {
  key: string;
  name: string;
  aliases?: string[];
}

/** A lookup over drafts by name, alias or unambiguous part of a name (case-insensitive, "the" ignored). */
export function nameIndex<T extends Keyed>(items: readonly T[]): (name: string | undefined) => T | undefined {
  const named = items.map((item) => ({ id: item.key, name: item.name, aliases: item.aliases ?? [], item }));
  return (name) => {
    if (!name) return undefined;
    const found = findNamed(named, name) ?? findNamed(named, name.replace(/^the\s+/i, ''));
    return found?.item;
  };
}

/** A draft key from a name: lower-case words joined by dashes, made unique among `taken`. */
export function keyFor(prefix: string, name: string, taken: Set<string>): string {
  const base = `${prefix}-${slug(name)}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}
