// Screenplay → analysis result (characters, locations, scenes, co-presence relationships) for `analyze`.
import { pairKey, readScriptProse } from '../../brains/offline/language/script-prose';
import type { RelationshipKind } from '../../../src-preload/contract/entities';
import type { ScreenplayDocument, ScreenplayElement } from '../../formats/screenplay/types';

/** A named entity with how often the script refers to it. */
export interface AnalysisEntity {
  name: string;
  aliases: string[];
  mentions: number;
}

export interface AnalysisScene {
  number: number;
  heading: string;
  locationName: string;
  timeOfDay?: string;
  /** Characters present: speakers plus known characters named in the action. */
  characterNames: string[];
  elementCount: number;
}

export interface AnalysisRelationship {
  source: string;
  target: string;
  /** Shared scenes relative to the most-shared pair, 0..1. */
  strength: number;
  /** Neutral: co-presence says nothing about trust. */
  trust: number;
  /** The bond the action prose states between the two ("her brother TOM"); 'other' when it states none. */
  kind: RelationshipKind;
  /** Number of scenes both characters are present in. */
  interactions: number;
}

export interface ScreenplayAnalysis {
  characters: AnalysisEntity[];
  locations: AnalysisEntity[];
  scenes: AnalysisScene[];
  relationships: AnalysisRelationship[];
}

/** `PATRON ONE` → `Patron One`, `O'MALLEY` → `O'Malley`; names already in mixed case are kept. */
export function displayName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  const titled = name
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  // Short function words stay lower case inside a name ("Saddle of Mount Guru Peak").
  return titled.replace(/(?<=\s)(Of|The|And|A|An|In|On|At|To|By|For)(?=\s)/g, (w) => w.toLowerCase());
}

/** The prose of a stretch of script: its action paragraphs (the language core leaves out quoted signs). */
function actionBlocks(elements: readonly ScreenplayElement[]): string[] {
  return elements.filter((e) => e.type === 'action' || e.type === 'centered').map((e) => e.text);
}

/**
 * Derives the analysis view of a screenplay. The file format gives the speakers, the scenes and their headings;
 * the language core reads the action prose (which speakers it names, how often, the bonds it states). Character
 * mentions are speeches plus names in action; presence in a scene (speaking or named in its action) drives the
 * relationships, with the preamble counted as one more stretch of story when it has content.
 */
export function screenplayToAnalysis(doc: ScreenplayDocument): ScreenplayAnalysis {
  const cues = doc.characters.map((c) => c.name);
  const stretchesOfText = [doc.preamble, ...doc.scenes.map((s) => s.elements)];
  const blocks = stretchesOfText.map(actionBlocks);
  const prose = readScriptProse(blocks.flat(), cues);
  const mentions = new Map(doc.characters.map((c) => [c.name, c.lines + (prose.mentions.get(c.name) ?? 0)]));
  // Blocks were read as one list; each stretch takes back its own.
  let next = 0;
  const namedIn = blocks.map((b) => prose.named.slice(next, (next += b.length)).flat());

  const presentIn = (stretch: number, speakers: readonly string[]): string[] => {
    const present = new Set(speakers.map((s) => cues.find((c) => c.toUpperCase() === s.toUpperCase()) ?? s));
    for (const cue of namedIn[stretch] ?? []) present.add(cue);
    return cues.filter((c) => present.has(c));
  };

  const stretches: string[][] = [];
  const preambleSpeakers = [...new Set(doc.preamble.flatMap((e) => (e.character ? [e.character] : [])))];
  if (doc.preamble.length > 0) stretches.push(presentIn(0, preambleSpeakers));
  const scenes: AnalysisScene[] = doc.scenes.map((scene, index) => {
    const present = presentIn(index + 1, scene.characterNames);
    stretches.push(present);
    const out: AnalysisScene = {
      number: scene.number,
      heading: scene.heading,
      locationName: displayName(scene.locationName),
      characterNames: present.map(displayName),
      elementCount: scene.elements.length,
    };
    if (scene.timeOfDay !== undefined) out.timeOfDay = scene.timeOfDay;
    return out;
  });

  return {
    characters: cues.map((cue) => ({
      name: displayName(cue),
      aliases: [],
      mentions: mentions.get(cue) ?? 0,
    })),
    locations: headingLocations(doc),
    scenes,
    relationships: coPresence(stretches, prose.kinds),
  };
}

/** Locations from the scene headings: one per place name (INT. and EXT. of a place are one), most used first. */
function headingLocations(doc: ScreenplayDocument): AnalysisEntity[] {
  const locations = new Map<string, AnalysisEntity>();
  for (const scene of doc.scenes) {
    const key = scene.locationName.trim().toUpperCase();
    if (!key) continue;
    const entry = locations.get(key) ?? {
      name: displayName(scene.locationName.trim()),
      aliases: [],
      mentions: 0,
    };
    entry.mentions += 1;
    locations.set(key, entry);
  }
  return [...locations.values()].sort((x, y) => y.mentions - x.mentions);
}

/**
 * Relationships from co-presence: each pair of characters present together in a stretch of story, with strength
 * scaled by the most-shared pair and the bond the action prose states (`kinds`, keyed by `pairKey`).
 */
function coPresence(
  stretches: readonly string[][],
  kinds: ReadonlyMap<string, RelationshipKind>,
): AnalysisRelationship[] {
  const shared = new Map<string, number>();
  for (const present of stretches) {
    for (let a = 0; a < present.length; a++) {
      for (let b = a + 1; b < present.length; b++) {
        const key = `${present[a]}\u0000${present[b]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const most = Math.max(1, ...shared.values());
  return [...shared.entries()]
    .map(([key, interactions]) => {
      const [source = '', target = ''] = key.split('\u0000');
      return {
        source: displayName(source),
        target: displayName(target),
        strength: Math.round((interactions / most) * 1000) / 1000,
        trust: 0.5,
        kind: kinds.get(pairKey(source, target)) ?? 'other',
        interactions,
      };
    })
    .sort((x, y) => y.interactions - x.interactions);
}
