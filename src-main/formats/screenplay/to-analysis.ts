// Screenplay → analysis result (characters, locations, scenes, co-presence relationships) for `analyze`.
import type { ScreenplayDocument, ScreenplayElement } from './types';

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
  kind: 'other';
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Counts a character's name in action text, as written in caps (introductions) or in display case. */
function mentionPattern(cue: string): RegExp {
  const forms = [...new Set([cue, cue.toUpperCase(), displayName(cue)])].map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Action text without quoted spans: signs and read-out text ("GURU 12 MI.") are not presence. */
function actionText(elements: readonly ScreenplayElement[]): string {
  return elements
    .filter((e) => e.type === 'action' || e.type === 'centered')
    .map((e) => e.text.replace(/"[^"\n]*"|“[^”\n]*”/g, ' '))
    .join('\n');
}

/**
 * Derives the analysis view of a screenplay. Character mentions are speeches plus name occurrences
 * in action; presence in a scene (speaking or named in its action) drives the relationships, with
 * the preamble counted as one more stretch of story when it has content.
 */
export function screenplayToAnalysis(doc: ScreenplayDocument): ScreenplayAnalysis {
  const cues = doc.characters.map((c) => c.name);
  const patterns = new Map(cues.map((cue) => [cue, mentionPattern(cue)]));
  const mentions = new Map(doc.characters.map((c) => [c.name, c.lines]));

  const presentIn = (elements: readonly ScreenplayElement[], speakers: readonly string[]): string[] => {
    const text = actionText(elements);
    const present = new Set(speakers.map((s) => cues.find((c) => c.toUpperCase() === s.toUpperCase()) ?? s));
    for (const cue of cues) {
      const count = text.match(patterns.get(cue) ?? /$^/)?.length ?? 0;
      mentions.set(cue, (mentions.get(cue) ?? 0) + count);
      if (count > 0) present.add(cue);
    }
    return cues.filter((c) => present.has(c));
  };

  const stretches: string[][] = [];
  const preambleSpeakers = [...new Set(doc.preamble.flatMap((e) => (e.character ? [e.character] : [])))];
  if (doc.preamble.length > 0) stretches.push(presentIn(doc.preamble, preambleSpeakers));
  const scenes: AnalysisScene[] = doc.scenes.map((scene) => {
    const present = presentIn(scene.elements, scene.characterNames);
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
  const relationships: AnalysisRelationship[] = [...shared.entries()]
    .map(([key, interactions]) => {
      const [source = '', target = ''] = key.split('\u0000');
      const strength = Math.round((interactions / most) * 1000) / 1000;
      return {
        source: displayName(source),
        target: displayName(target),
        strength,
        trust: 0.5,
        kind: 'other' as const,
        interactions,
      };
    })
    .sort((x, y) => y.interactions - x.interactions);

  return {
    characters: cues.map((cue) => ({
      name: displayName(cue),
      aliases: [],
      mentions: mentions.get(cue) ?? 0,
    })),
    locations: [...locations.values()].sort((x, y) => y.mentions - x.mentions),
    scenes,
    relationships,
  };
}
