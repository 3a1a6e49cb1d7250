// Name resolution against the project: exact name, alias, or an unambiguous first/last name.
import type { Character, Location } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { boundedMemo } from '../shared/bounded-memo';

const normalise = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ');

/** Each name's normal form, worked out once: a project holds hundreds of names and every turn looks several up. */
const norm = boundedMemo(normalise);

type Named = { id: string; name: string; aliases: string[] };

/** The item a name refers to: exact name or alias first, then an unambiguous part of a full name. */
export function findNamed<T extends Named>(items: readonly T[], name: string): T | undefined {
  const wanted = norm(name);
  if (!wanted) return undefined;
  const exact = items.find((e) => norm(e.name) === wanted || e.aliases.some((a) => norm(a) === wanted));
  if (exact) return exact;
  // "Sarah" finds "Sarah Connor" when no other character is called Sarah.
  const wantedWords = wanted.split(' ');
  const partial = items.filter((e) => {
    const words = norm(e.name).split(' ');
    return words.includes(wanted) || wantedWords.every((w) => words.includes(w));
  });
  return partial.length === 1 ? partial[0] : undefined;
}

export const findCharacter = (file: ProjectFile, name: string): Character | undefined =>
  findNamed(file.entities.characters, name);
export const findLocation = (file: ProjectFile, name: string): Location | undefined =>
  findNamed(file.entities.locations, name);

/** A character or location by name, characters first. */
export function findNamedEntity(
  file: ProjectFile,
  name: string,
): { type: 'character' | 'location'; entity: Character | Location } | undefined {
  const character = findCharacter(file, name);
  if (character) return { type: 'character', entity: character };
  const location = findLocation(file, name);
  return location ? { type: 'location', entity: location } : undefined;
}
