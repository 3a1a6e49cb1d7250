// Answers questions about a project from its data, with entity references the UI turns into links.
import type { EntityRef } from '../../src-preload/contract/dto';
import type { Character, Relationship } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { CASTING_QUESTION, castingAnswer } from './casting-answer';
import { findCharacter, findNamedEntity } from './find-by-name';
import { joinNames, refMarker } from './entity-refs';
import { formatDelta, lastReasons } from './relationship-ledger';
import { findRelationshipBetween } from './relationship-lookup';

export interface QueryAnswer {
  text: string;
  refs: EntityRef[];
}

const charRef = (c: Character): EntityRef => ({ type: 'character', id: c.id, name: c.name });
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** User-written text as a sentence: exactly one closing punctuation mark, whether or not they typed one. */
const sentence = (text: string | undefined): string =>
  text?.trim() ? `${text.trim().replace(/[.!?…]+$/, '')}.` : '';
const ROLE_ORDER = ['protagonist', 'antagonist', 'supporting', 'minor', undefined] as const;

function mainCharacters(file: ProjectFile): Character[] {
  const chars = [...file.entities.characters];
  const withRole = chars.filter(
    (c) => c.role === 'protagonist' || c.role === 'antagonist' || c.role === 'supporting',
  );
  if (withRole.length)
    return withRole.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const sceneCount = (c: Character) =>
    file.entities.scenes.filter((s) => s.characterIds.includes(c.id)).length + (c.mentions ?? 0);
  return chars.sort((a, b) => sceneCount(b) - sceneCount(a)).slice(0, 5);
}

function describeCharacter(file: ProjectFile, c: Character): string {
  const facts = [c.age !== undefined ? `${c.age}` : '', c.occupation ?? '', c.role ?? '']
    .filter(Boolean)
    .join(', ');
  const scenes = file.entities.scenes.filter((s) => s.characterIds.includes(c.id)).length;
  const rels = file.entities.relationships.filter((r) => r.sourceId === c.id || r.targetId === c.id).length;
  return `${refMarker(charRef(c))}${facts ? ` — ${facts}` : ''}. ${sentence(c.description)} Appears in ${plural(scenes, 'scene')}, ${plural(rels, 'relationship')}.`
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last reasons of the ledger, newest first: why the two stand where they stand. */
function recentChanges(rel: Relationship): string {
  const entries = lastReasons(rel, 3);
  if (!entries.length) return '';
  const pinned = Object.entries(rel.pinned ?? {})
    .filter(([, on]) => on)
    .map(([k]) => k);
  const lines = entries.map(
    (e) =>
      `${e.reason} (${e.cause}${e.dStrength || e.dTrust ? `: strength ${formatDelta(e.dStrength)}, trust ${formatDelta(e.dTrust)}` : ''})`,
  );
  return ` Last changes: ${lines.join('; ')}.${pinned.length ? ` Pinned: ${pinned.join(', ')}.` : ''}`;
}

function relationshipBetween(file: ProjectFile, a: Character, b: Character): QueryAnswer {
  const rel = findRelationshipBetween(file.entities.relationships, a.id, b.id);
  const refs = [charRef(a), charRef(b)];
  if (!rel)
    return {
      text: `${refMarker(refs[0]!)} and ${refMarker(refs[1]!)} have no recorded relationship yet.`,
      refs,
    };
  const tone = rel.strength > 0.3 ? 'close' : rel.strength < -0.3 ? 'hostile' : 'ambivalent';
  return {
    text: `${refMarker(refs[0]!)} and ${refMarker(refs[1]!)}: ${rel.kind}${rel.label ? ` (${rel.label})` : ''} — ${tone}, strength ${rel.strength.toFixed(2)}, trust ${rel.trust.toFixed(2)}, ${rel.interactionCount} interaction${rel.interactionCount === 1 ? '' : 's'}.${recentChanges(rel)}`,
    refs: [...refs, { type: 'relationship', id: rel.id, name: `${a.name} — ${b.name}` }],
  };
}

/** Answers a question; `names` are the entities the parser found in it. */
export function answerQuery(file: ProjectFile, question: string, names: readonly string[] = []): QueryAnswer {
  const q = question.toLowerCase();
  const e = file.entities;
  const people = names.map((n) => findCharacter(file, n)).filter((c): c is Character => Boolean(c));

  if (people.length >= 1 && CASTING_QUESTION.test(q)) return castingAnswer(file, people[0]!);
  if (people.length >= 2 && /relationship|between|feel about|relate|get along|know each other/.test(q))
    return relationshipBetween(file, people[0]!, people[1]!);
  if (/locations?.*(?:no|without) scenes?|unused locations?/.test(q)) {
    const unused = e.locations.filter((l) => !e.scenes.some((s) => s.locationId === l.id));
    const refs = unused.map((l) => ({ type: 'location', id: l.id, name: l.name }));
    // With no locations at all, "every location is used" would be vacuously true and misleading.
    if (!e.locations.length) return { text: 'There are no locations yet.', refs };
    return {
      text: unused.length
        ? `Locations with no scenes: ${joinNames(refs.map(refMarker))}.`
        : 'Every location is used by at least one scene.',
      refs,
    };
  }
  if (/characters?.*(?:no|without|not in any) scenes?/.test(q)) {
    const idle = e.characters.filter((c) => !e.scenes.some((s) => s.characterIds.includes(c.id)));
    const refs = idle.map(charRef);
    if (!e.characters.length) return { text: 'There are no characters yet.', refs };
    return {
      text: idle.length
        ? `Characters without scenes: ${joinNames(refs.map(refMarker))}.`
        : 'Every character appears in at least one scene.',
      refs,
    };
  }
  if (/main characters?|protagonist|lead|who(?:'s| is) in|who are (?:the )?characters|cast\b/.test(q)) {
    const main = mainCharacters(file);
    const refs = main.map(charRef);
    if (!main.length)
      return {
        text: 'There are no characters yet. Try “create a character named Maya, 31, a pilot”.',
        refs,
      };
    return {
      text: `The main characters: ${main.map((c) => `${refMarker(charRef(c))}${c.role ? ` (${c.role})` : ''}`).join(', ')}.`,
      refs,
    };
  }
  const countMatch = /how many (characters|locations|scenes|shots|relationships)/.exec(q);
  if (countMatch) {
    const key = countMatch[1] as 'characters' | 'locations' | 'scenes' | 'shots' | 'relationships';
    return { text: `This project has ${plural(e[key].length, key.slice(0, -1))}.`, refs: [] };
  }
  const target = names.map((n) => findNamedEntity(file, n)).find(Boolean);
  if (target?.type === 'character')
    return {
      text: describeCharacter(file, target.entity as Character),
      refs: [charRef(target.entity as Character)],
    };
  if (target?.type === 'location') {
    const l = target.entity;
    const scenes = e.scenes.filter((s) => s.locationId === l.id).map((s) => `scene ${s.number}`);
    const ref = { type: 'location', id: l.id, name: l.name };
    return {
      text: `${refMarker(ref)}${'description' in l && l.description ? ` — ${sentence(l.description).slice(0, -1)}` : ''}. ${scenes.length ? `Used in ${joinNames(scenes)}.` : 'Not used by any scene yet.'}`,
      refs: [ref],
    };
  }
  if (/locations?|places?/.test(q)) {
    const refs = e.locations.map((l) => ({ type: 'location', id: l.id, name: l.name }));
    return {
      text: refs.length ? `Locations: ${joinNames(refs.map(refMarker))}.` : 'There are no locations yet.',
      refs,
    };
  }
  if (/scenes?/.test(q)) {
    return {
      text: e.scenes.length
        ? `Scenes: ${e.scenes.map((s) => `${s.number}. ${s.heading}`).join('; ')}.`
        : 'There are no scenes yet.',
      refs: [],
    };
  }
  if (/characters?|who/.test(q)) {
    const refs = e.characters.map(charRef);
    return {
      text: refs.length ? `Characters: ${joinNames(refs.map(refMarker))}.` : 'There are no characters yet.',
      refs,
    };
  }
  const p = file.project;
  return {
    text: `${p.title ?? p.name} (${p.kind}): ${plural(e.characters.length, 'character')}, ${plural(e.locations.length, 'location')}, ${plural(e.scenes.length, 'scene')}, ${plural(e.shots.length, 'shot')}.${p.logline ? ` Logline: ${sentence(p.logline)}` : ''}`,
    refs: [],
  };
}
