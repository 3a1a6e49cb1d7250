// The script view's document: the project→screenplay mapping with each paragraph tied to the scene element it edits.
import type { ProjectFile } from '../../../src-preload/contract/project';
import type { ScriptElementView, ScriptView } from '../../../src-preload/contract/production';
import { screenplayFromProject } from './from-project';
import type { ScreenplayElement } from './types';

const VIEW_TYPES = new Set<ScriptElementView['type']>(['action', 'dialogue', 'parenthetical', 'transition']);

function elementView(e: ScreenplayElement): ScriptElementView {
  // A project scene only holds the four element kinds; anything else reads as action.
  const type = VIEW_TYPES.has(e.type as ScriptElementView['type'])
    ? (e.type as ScriptElementView['type'])
    : 'action';
  return {
    type,
    text: e.text,
    ...(e.character ? { character: e.character } : {}),
    ...(e.sourceIndex !== undefined ? { index: e.sourceIndex } : {}),
  };
}

/** The project as the script view shows it: same scenes, headings, cues and paragraphs as the exports. */
export function scriptViewOf(file: ProjectFile): ScriptView {
  const doc = screenplayFromProject(file);
  return {
    title: doc.title ?? file.project.name,
    scenes: doc.scenes.map((scene) => ({
      sceneId: scene.sceneId ?? '',
      number: scene.sceneNumber ?? String(scene.number),
      heading: scene.heading,
      elements: scene.elements.map(elementView),
    })),
  };
}
