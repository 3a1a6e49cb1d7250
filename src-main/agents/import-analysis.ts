// Turns an analysed manuscript or screenplay into project entities, each with provenance spans into the source.
import type { ProseCharacter } from '../brains/offline/language/prose-types';
import type { ProseAnalysis, ProseScene } from './analysis/prose-analysis-types';
import { displayName, screenplayToAnalysis } from './analysis/screenplay-analysis';
import type { ScreenplayDocument, ScreenplayScene } from '../formats/screenplay/types';
import type { ChangeBuilder } from '../store/change-builder';
import { findCharacter, findLocation } from '../domain/find-by-name';
import { nowIso } from '../shared/ids';
import { proseLines } from './prose-lines';
import { encountersBetween, importedLedger, type StoryScene } from './scene-encounters';

export interface ImportCounts {
  characters: number;
  locations: number;
  scenes: number;
  relationships: number;
}

const source = (file: string, start: number, end: number) => ({ source: { file, start, end } });

/** The id of the character or location called `name`: an existing one (by name or alias), or a new one. */
function namedEntityId(
  builder: ChangeBuilder,
  type: 'character' | 'location',
  name: string,
  extra: Record<string, unknown>,
  provenance: object,
  counts: ImportCounts,
): string {
  const existing =
    type === 'character' ? findCharacter(builder.work, name) : findLocation(builder.work, name);
  if (existing) return existing.id;
  counts[type === 'character' ? 'characters' : 'locations'] += 1;
  return builder.create(type, { name, ...extra }, { provenance }).id;
}

function nextSceneNumber(builder: ChangeBuilder): number {
  return builder.work.entities.scenes.reduce((max, s) => Math.max(max, s.number), 0) + 1;
}

/**
 * The heading of a prose scene: a heading the text itself wrote (a chapter title); else the scene's place and
 * time as a screenplay heading ("INT. LIGHTHOUSE - NIGHT"); else "SCENE 3". Never the source's name, which
 * for pasted text is an internal reference ("chat:01M8YD…").
 */
export function proseSceneHeading(
  scene: Pick<ProseScene, 'title' | 'fromHeading' | 'timeOfDay'>,
  number: number,
  place?: { name: string; kind?: 'interior' | 'exterior' },
): string {
  if (scene.fromHeading && scene.title.trim()) return scene.title.toUpperCase().slice(0, 300);
  const time = scene.timeOfDay ? ` - ${scene.timeOfDay.toUpperCase()}` : '';
  if (place) {
    const prefix = place.kind === 'exterior' ? 'EXT.' : 'INT.';
    return `${prefix} ${place.name.toUpperCase()}${time}`.slice(0, 300);
  }
  return `SCENE ${number}${time}`;
}

/**
 * The role each prose character gets: the one clearly at the centre of the text (a major character with
 * half again as many mentions as anyone else) is the protagonist; other major ones supporting, the rest minor.
 */
export function proseRoles(
  characters: readonly Pick<ProseCharacter, 'name' | 'mentions' | 'importance'>[],
): Map<string, 'protagonist' | 'supporting' | 'minor'> {
  const roles = new Map<string, 'protagonist' | 'supporting' | 'minor'>();
  for (const c of characters) roles.set(c.name, c.importance === 'major' ? 'supporting' : 'minor');
  const [first, second] = [...characters].sort((a, b) => b.mentions - a.mentions);
  if (first && first.importance === 'major' && (!second || first.mentions >= 1.5 * second.mentions))
    roles.set(first.name, 'protagonist');
  return roles;
}

/** Prose: characters (aliases merged, importance → role), locations, scenes from chapters/breaks, relationships. */
export function importProse(
  builder: ChangeBuilder,
  analysis: ProseAnalysis,
  file: string,
  text?: string,
): ImportCounts {
  const counts: ImportCounts = { characters: 0, locations: 0, scenes: 0, relationships: 0 };
  const ids = new Map<string, string>();
  const roles = proseRoles(analysis.characters);
  for (const c of analysis.characters) {
    const first = c.spans[0] ?? { start: 0, end: 0 };
    const confidence = Math.min(1, 0.5 + c.mentions / 20);
    ids.set(
      c.name,
      namedEntityId(
        builder,
        'character',
        c.name,
        {
          aliases: c.aliases,
          mentions: c.mentions,
          role: roles.get(c.name) ?? 'minor',
          confidence,
          ...(c.gender ? { gender: c.gender } : {}),
        },
        source(file, first.start, first.end),
        counts,
      ),
    );
  }
  const places = new Map<string, string>();
  for (const l of analysis.locations) {
    const first = l.spans[0] ?? { start: 0, end: 0 };
    places.set(
      l.name,
      namedEntityId(
        builder,
        'location',
        l.name,
        { aliases: l.aliases, ...(l.kind ? { setting: l.kind } : {}) },
        source(file, first.start, first.end),
        counts,
      ),
    );
  }
  let number = nextSceneNumber(builder);
  const story: StoryScene[] = [];
  for (const s of analysis.scenes) {
    const locationIdOf = s.locationName ? places.get(s.locationName) : undefined;
    const place = analysis.locations.find((l) => l.name === s.locationName);
    const heading = proseSceneHeading(s, number, place);
    const characterIds = s.characterNames.map((n) => ids.get(n)).filter((id): id is string => Boolean(id));
    const passage = text?.slice(s.start, s.end) ?? s.summary;
    const { id } = builder.create(
      'scene',
      {
        number,
        heading,
        ...(s.timeOfDay ? { timeOfDay: s.timeOfDay } : {}),
        summary: s.summary,
        characterIds,
        ...(locationIdOf ? { locationId: locationIdOf } : {}),
      },
      { provenance: source(file, s.start, s.end) },
    );
    const lines = text ? proseLines(text, s, analysis.characters, ids) : [];
    story.push({ id, number: number++, heading, characterIds, lines, text: passage });
    counts.scenes += 1;
  }
  const at = nowIso();
  for (const r of analysis.relationships) {
    const a = ids.get(r.source);
    const b = ids.get(r.target);
    if (!a || !b || a === b) continue;
    // Where the pair first shares a passage (0–0, the start of the file, when no scene holds both).
    const shared = analysis.scenes.find(
      (s) => s.characterNames.includes(r.source) && s.characterNames.includes(r.target),
    );
    builder.create(
      'relationship',
      {
        sourceId: a,
        targetId: b,
        kind: r.kind,
        interactionCount: r.interactions,
        // One ledger entry per shared scene, ending at the whole-text values: an imported story to scrub.
        ...importedLedger(encountersBetween(story, a, b), r, at),
      },
      { provenance: source(file, shared?.start ?? 0, shared?.end ?? 0) },
    );
    counts.relationships += 1;
  }
  return counts;
}

/** The character id of every speaker of a screenplay: an existing character (name or alias) or a new one. */
export function screenplaySpeakerIds(
  builder: ChangeBuilder,
  doc: ScreenplayDocument,
  file: string,
  counts: ImportCounts,
): Map<string, string> {
  const ids = new Map<string, string>();
  // A speaker points at the scene of its first cue (cues carry no offsets of their own; 0–0 for a preamble-only voice).
  for (const c of doc.characters) {
    const first = doc.scenes.find((s) => s.characterNames.includes(c.name));
    ids.set(
      c.name,
      namedEntityId(
        builder,
        'character',
        displayName(c.name),
        { role: 'minor' },
        source(file, first?.start ?? 0, first?.end ?? 0),
        counts,
      ),
    );
  }
  return ids;
}

/** One imported element of a scene: its type, text and, for dialogue, the speaker. */
type SceneElementData = {
  type: 'action' | 'dialogue' | 'parenthetical' | 'transition';
  text: string;
  characterName?: string;
  characterId?: string;
};

/** A screenplay scene as project scene data (no number): heading, time, cast, elements and its location. */
export function screenplaySceneData(
  builder: ChangeBuilder,
  scene: ScreenplayScene,
  ids: ReadonlyMap<string, string>,
  file: string,
  counts: ImportCounts,
): Record<string, unknown> & { elements: SceneElementData[] } {
  const locationIdOf = scene.locationName
    ? namedEntityId(
        builder,
        'location',
        displayName(scene.locationName),
        { setting: scene.intExt === 'EXT' ? 'exterior' : scene.intExt === 'INT' ? 'interior' : 'both' },
        source(file, scene.start, scene.end),
        counts,
      )
    : undefined;
  const elements = scene.elements
    .filter(
      (e) =>
        e.type === 'action' || e.type === 'dialogue' || e.type === 'parenthetical' || e.type === 'transition',
    )
    .map((e): SceneElementData => ({
      type: e.type as 'action' | 'dialogue' | 'parenthetical' | 'transition',
      text: e.text,
      ...(e.character
        ? {
            characterName: e.character,
            ...(ids.get(e.character) ? { characterId: ids.get(e.character) } : {}),
          }
        : {}),
    }));
  return {
    heading: scene.heading.slice(0, 300),
    ...(scene.timeOfDay ? { timeOfDay: scene.timeOfDay } : {}),
    characterIds: scene.characterNames.map((n) => ids.get(n)).filter((id): id is string => Boolean(id)),
    elements,
    ...(locationIdOf ? { locationId: locationIdOf } : {}),
  };
}

/** Screenplay: sluglines → scenes and locations, cues → characters, dialogue and action kept as scene elements. */
export function importScreenplay(
  builder: ChangeBuilder,
  doc: ScreenplayDocument,
  file: string,
): ImportCounts {
  const counts: ImportCounts = { characters: 0, locations: 0, scenes: 0, relationships: 0 };
  const ids = screenplaySpeakerIds(builder, doc, file, counts);
  let number = nextSceneNumber(builder);
  // Presence (speakers and characters named in the action) per scene, from the analysis view of the script.
  const analysis = screenplayToAnalysis(doc);
  const story: StoryScene[] = [];
  for (const [index, scene] of doc.scenes.entries()) {
    const data = screenplaySceneData(builder, scene, ids, file, counts);
    const { id } = builder.create(
      'scene',
      { number, ...data },
      { provenance: source(file, scene.start, scene.end) },
    );
    story.push(storySceneOf(builder, id, number++, scene.heading, data.elements, analysis.scenes[index]));
    counts.scenes += 1;
  }
  // Co-presence in scenes: who shares the screen, and how often; the ledger tells it scene by scene.
  const at = nowIso();
  for (const r of analysis.relationships) {
    const a = findCharacter(builder.work, r.source)?.id;
    const b = findCharacter(builder.work, r.target)?.id;
    if (!a || !b || a === b) continue;
    // The first scene the pair shares (analysis scenes are the document's, in order).
    const together =
      doc.scenes[
        analysis.scenes.findIndex(
          (s) => s.characterNames.includes(r.source) && s.characterNames.includes(r.target),
        )
      ];
    builder.create(
      'relationship',
      {
        sourceId: a,
        targetId: b,
        kind: r.kind,
        label: 'share scenes',
        interactionCount: r.interactions,
        ...importedLedger(encountersBetween(story, a, b), r, at),
      },
      { provenance: source(file, together?.start ?? 0, together?.end ?? 0) },
    );
    counts.relationships += 1;
  }
  return counts;
}

/** A screenplay scene for the ledger: present characters, dialogue by speaker, and its words for sentiment. */
function storySceneOf(
  builder: ChangeBuilder,
  id: string,
  number: number,
  heading: string,
  elements: readonly { type: string; text: string; characterId?: string | undefined }[],
  present: { characterNames: string[] } | undefined,
): StoryScene {
  const characterIds = (present?.characterNames ?? [])
    .map((n) => findCharacter(builder.work, displayName(n))?.id)
    .filter((x): x is string => Boolean(x));
  return {
    id,
    number,
    heading: heading.slice(0, 300),
    characterIds,
    lines: elements.filter((e) => e.type === 'dialogue'),
    text: elements.map((e) => e.text).join('\n'),
  };
}
