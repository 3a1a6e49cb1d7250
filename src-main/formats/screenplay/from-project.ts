// Maps a project to a screenplay document: title page, scenes in script order, cues as the characters are cast.
import type { Character, Scene } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { scenesInOrder } from '../../domain/production-order';
import { parseHeading } from './scene-heading';
import type { ScreenplayDocument, ScreenplayElement, ScreenplayScene } from './types';

/** Options of the mapping; scene numbers are on by default (a production draft is numbered). */
export interface ScreenplayMappingOptions {
  numberScenes?: boolean;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

/** True when a written cue still names the character: its name, an alias, or part of its name ("SARAH"). */
function namesCharacter(written: string, character: Character): boolean {
  if ([character.name, ...character.aliases].some((n) => sameName(n, written))) return true;
  const own = words(character.name);
  return words(written).every((w) => own.includes(w));
}

/**
 * The cue for a speech: the name as written when it still names the character (keeps `McCLANE`, `SARAH`),
 * otherwise the character's current name in capitals, so a renamed character is renamed in the script too.
 */
function cueOf(element: Scene['elements'][number], characters: Map<string, Character>): string | undefined {
  const character = element.characterId ? characters.get(element.characterId) : undefined;
  const written = element.characterName?.trim();
  if (!character) return written || undefined;
  if (written && namesCharacter(written, character)) return written;
  return character.name.toUpperCase();
}

function headingOf(scene: Scene, file: ProjectFile): string {
  const written = scene.heading.trim();
  if (written) return written;
  // A scene made by hand may have no heading yet: build one from its location and time of day.
  const location = file.entities.locations.find((l) => l.id === scene.locationId);
  const prefix =
    location?.setting === 'exterior' ? 'EXT.' : location?.setting === 'both' ? 'INT./EXT.' : 'INT.';
  const place = (location?.name ?? `Scene ${scene.number}`).toUpperCase();
  return `${prefix} ${place}${scene.timeOfDay ? ` - ${scene.timeOfDay.toUpperCase()}` : ''}`;
}

function elementsOf(scene: Scene, characters: Map<string, Character>): ScreenplayElement[] {
  const out: ScreenplayElement[] = [];
  scene.elements.forEach((element, sourceIndex) => {
    const text = element.text.replace(/\r\n?/g, '\n').trim();
    if (!text) return;
    const speaks = element.type === 'dialogue' || element.type === 'parenthetical';
    const cue = speaks ? cueOf(element, characters) : undefined;
    // A speech nobody speaks cannot carry a cue: it is kept as action rather than dropped.
    out.push(
      cue
        ? { type: element.type, text, character: cue, sourceIndex }
        : { type: speaks ? 'action' : element.type, text, sourceIndex },
    );
  });
  // A scene with nothing written yet still reads: its summary stands as the action.
  if (out.length === 0 && scene.summary?.trim()) out.push({ type: 'action', text: scene.summary.trim() });
  return out;
}

function speakersOf(elements: readonly ScreenplayElement[]): string[] {
  const names: string[] = [];
  for (const e of elements) {
    if (e.character && !names.some((n) => sameName(n, e.character!))) names.push(e.character);
  }
  return names;
}

function titlePageOf(file: ProjectFile): Record<string, string> {
  const project = file.project;
  const page: Record<string, string> = { Title: (project.title ?? project.name).trim() || project.name };
  if (project.logline?.trim()) page['Notes'] = project.logline.trim();
  page['Draft date'] = project.updatedAt.slice(0, 10);
  return page;
}

/** Builds the screenplay of a project; the document feeds the Fountain, FDX and PDF writers alike. */
export function screenplayFromProject(
  file: ProjectFile,
  options: ScreenplayMappingOptions = {},
): ScreenplayDocument {
  const characters = new Map(file.entities.characters.map((c) => [c.id, c]));
  const counts = new Map<string, { name: string; lines: number }>();
  const scenes = scenesInOrder(file).map((scene, index): ScreenplayScene => {
    const parts = parseHeading(headingOf(scene, file));
    const elements = elementsOf(scene, characters);
    for (const e of elements) {
      if (e.type !== 'dialogue' || !e.character) continue;
      const key = e.character.toUpperCase();
      const entry = counts.get(key) ?? { name: e.character, lines: 0 };
      entry.lines += 1;
      counts.set(key, entry);
    }
    const mapped: ScreenplayScene = {
      sceneId: scene.id,
      number: index + 1,
      heading: parts.heading,
      intExt: parts.intExt,
      locationName: parts.locationName,
      elements,
      characterNames: speakersOf(elements),
      start: 0,
      end: 0,
    };
    if (options.numberScenes !== false) mapped.sceneNumber = String(scene.number);
    if (parts.timeOfDay) mapped.timeOfDay = parts.timeOfDay;
    return mapped;
  });
  const titlePage = titlePageOf(file);
  return {
    title: titlePage['Title']!,
    titlePage,
    preamble: [],
    scenes,
    characters: [...counts.values()].sort((a, b) => b.lines - a.lines),
  };
}
