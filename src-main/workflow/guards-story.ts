// Named guards over the story side of a project: concept, brand, structure, characters, relationships.
import type { Character } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { capitalise, count, createCommand, filled, listOf, partOf } from './text';
import type { GuardOutcome, Remedy, Thresholds } from './types';

const OK: GuardOutcome = { ok: true };
const blocked = (reasons: string[], remedies: Remedy[]): GuardOutcome => ({ ok: false, reasons, remedies });
const remedy = (id: string, command: string): Remedy => ({ id, label: capitalise(command), command });
const createCharacters = (n: number): Remedy => remedy('create-character', createCommand(n, 'character'));

/** The idea exists: a logline, a synopsis, a theme or a title. */
export function conceptDefined(project: ProjectFile): GuardOutcome {
  const p = project.project;
  if ([p.logline, p.synopsis, p.theme, p.title].some(filled)) return OK;
  return blocked(
    ['Describe the idea first — the project has no logline, theme or title yet.'],
    [remedy('write-logline', 'write a logline'), remedy('set-theme', 'set the theme')],
  );
}

/** The brand has a voice: a tone or a visual style (commercials). */
export function brandDefined(project: ProjectFile): GuardOutcome {
  const p = project.project;
  if (filled(p.tone) || filled(p.style)) return OK;
  return blocked(
    ['Describe the brand first — the project has no tone or style yet.'],
    [remedy('set-tone', 'set the brand tone'), remedy('set-style', 'set the visual style')],
  );
}

/** The story has a shape: enough beats, or at least a logline to build them from. */
export function storyStructured(project: ProjectFile, t: Thresholds): GuardOutcome {
  const beats = project.entities.beats.length;
  if (beats >= t.minBeats || filled(project.project.logline)) return OK;
  return blocked(
    [
      `Outline the story first — add at least ${count(t.minBeats, 'beat')} (you have ${beats}) or write a logline.`,
    ],
    [remedy('generate-beats', 'generate a beat sheet'), remedy('write-logline', 'write a logline')],
  );
}

/** Enough characters to relate to each other. */
export function enoughCharacters(project: ProjectFile, t: Thresholds): GuardOutcome {
  const have = project.entities.characters.length;
  if (have >= t.minCharacters) return OK;
  return blocked(
    [`Create at least ${count(t.minCharacters, 'character')} first — you have ${have}.`],
    [createCharacters(t.minCharacters - have)],
  );
}

/** Enough relationships between characters that still exist (a deleted character's links do not count). */
export function relationshipsMapped(project: ProjectFile, t: Thresholds): GuardOutcome {
  const { characters, relationships } = project.entities;
  const ids = new Set(characters.map((c) => c.id));
  const linked = relationships.filter(
    (r) => r.sourceId !== r.targetId && ids.has(r.sourceId) && ids.has(r.targetId),
  );
  if (linked.length >= t.minRelationships) return OK;
  const pairs = new Set(linked.map((r) => [r.sourceId, r.targetId].sort().join(':')));
  const free = unrelatedPair(characters, pairs);
  const fix = free
    ? remedy('create-relationship', `create a relationship between ${free[0].name} and ${free[1].name}`)
    : remedy('create-relationship', 'create a relationship');
  return blocked(
    [
      `Create at least ${count(t.minRelationships, 'relationship')} between characters first — you have ${linked.length}.`,
    ],
    [fix],
  );
}

function unrelatedPair(
  characters: readonly Character[],
  pairs: ReadonlySet<string>,
): [Character, Character] | undefined {
  for (let i = 0; i < characters.length; i++) {
    for (let j = i + 1; j < characters.length; j++) {
      const a = characters[i];
      const b = characters[j];
      if (a && b && !pairs.has([a.id, b.id].sort().join(':'))) return [a, b];
    }
  }
  return undefined;
}

/** What a character still lacks to be usable in scenes. */
const missingDetails = (c: Character): string[] => [
  ...(c.role ? [] : ['a role']),
  ...(filled(c.description) ? [] : ['a description']),
];

/** Enough characters with a name, a role and a description to write scenes with. */
export function charactersDeveloped(project: ProjectFile, t: Thresholds): GuardOutcome {
  const characters = project.entities.characters.filter((c) => filled(c.name));
  const complete = characters.filter((c) => missingDetails(c).length === 0).length;
  if (complete >= t.minDevelopedCharacters) return OK;
  const need = t.minDevelopedCharacters - complete;
  const incomplete = characters.filter((c) => missingDetails(c).length > 0);
  const reasons = [
    `Give at least ${count(t.minDevelopedCharacters, 'character')} a name, a role and a description first — ` +
      (characters.length === 0
        ? 'you have none yet.'
        : `${partOf(complete, characters.length, 'character')} all three.`),
  ];
  if (incomplete.length > 0) {
    const needs = incomplete.map((c) => `${c.name} needs ${missingDetails(c).join(' and ')}`);
    reasons.push(`Still missing: ${listOf(needs)}.`);
  }
  const remedies = incomplete
    .slice(0, Math.min(need, 3))
    .flatMap((c) => [
      ...(c.role ? [] : [remedy(`give-role:${c.id}`, `give ${c.name} a role`)]),
      ...(filled(c.description) ? [] : [remedy(`describe:${c.id}`, `describe ${c.name}`)]),
    ]);
  if (incomplete.length < need) remedies.push(createCharacters(need - incomplete.length));
  return blocked(reasons, remedies);
}

/** Every character has a role, so casting knows the parts (and there is someone to cast). */
export function charactersCastable(project: ProjectFile): GuardOutcome {
  const characters = project.entities.characters;
  if (characters.length === 0) {
    return blocked(['Create at least 1 character to cast first — you have 0.'], [createCharacters(1)]);
  }
  const roleless = characters.filter((c) => !c.role);
  if (roleless.length === 0) return OK;
  return blocked(
    [
      `Give every character a role first — ${partOf(roleless.length, characters.length, 'character')} none: ` +
        `${listOf(roleless.map((c) => c.name))}.`,
    ],
    roleless.slice(0, 3).map((c) => remedy(`give-role:${c.id}`, `give ${c.name} a role`)),
  );
}
