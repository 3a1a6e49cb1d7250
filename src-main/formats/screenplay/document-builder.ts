// Accumulates parsed elements into preamble and scenes, then derives speakers and speech counts.
import { toRuns } from './dialogue-blocks';
import type { HeadingParts } from './scene-heading';
import type { ScreenplayDocument, ScreenplayElement, ScreenplayScene } from './types';

/** Shared by the Fountain and FDX readers so both produce the same document shape. */
export class ScreenplayBuilder {
  private readonly preamble: ScreenplayElement[] = [];
  private readonly scenes: ScreenplayScene[] = [];
  private current: ScreenplayScene | undefined;

  /** Opens a new scene at `start` (offset of the heading in the source). */
  startScene(parts: HeadingParts, start: number, end: number): void {
    const scene: ScreenplayScene = {
      number: this.scenes.length + 1,
      heading: parts.heading,
      intExt: parts.intExt,
      locationName: parts.locationName,
      elements: [],
      characterNames: [],
      start,
      end,
    };
    if (parts.sceneNumber !== undefined) scene.sceneNumber = parts.sceneNumber;
    if (parts.timeOfDay !== undefined) scene.timeOfDay = parts.timeOfDay;
    this.scenes.push(scene);
    this.current = scene;
  }

  /** Appends an element to the open scene (or the preamble) and extends the scene span to `end`. */
  add(element: ScreenplayElement, end: number): ScreenplayElement {
    this.target().push(element);
    if (this.current) this.current.end = Math.max(this.current.end, end);
    return element;
  }

  /** Last element of the open scene or preamble, to extend multi-line paragraphs. */
  last(): ScreenplayElement | undefined {
    const list = this.target();
    return list[list.length - 1];
  }

  /** Extends the open scene's span without adding an element (continuation lines). */
  touch(end: number): void {
    if (this.current) this.current.end = Math.max(this.current.end, end);
  }

  /** Elements of the open scene or preamble, for dual-dialogue marking. */
  target(): ScreenplayElement[] {
    return this.current ? this.current.elements : this.preamble;
  }

  /** Finishes the document: per-scene speakers and global speech counts. */
  build(titlePage: Record<string, string>): ScreenplayDocument {
    const counts = new Map<string, { name: string; lines: number; first: number }>();
    let order = 0;
    const countRuns = (elements: ScreenplayElement[]): string[] => {
      const speakers: string[] = [];
      for (const run of toRuns(elements)) {
        if (run.kind !== 'dialogue') continue;
        const key = run.character.toUpperCase();
        const entry = counts.get(key) ?? { name: run.character, lines: 0, first: order++ };
        entry.lines += 1;
        counts.set(key, entry);
        if (!speakers.some((s) => s.toUpperCase() === key)) speakers.push(run.character);
      }
      return speakers;
    };
    countRuns(this.preamble);
    for (const scene of this.scenes) scene.characterNames = countRuns(scene.elements);
    const characters = [...counts.values()]
      .sort((a, b) => b.lines - a.lines || a.first - b.first)
      .map(({ name, lines }) => ({ name, lines }));
    const doc: ScreenplayDocument = { titlePage, preamble: this.preamble, scenes: this.scenes, characters };
    const titleKey = Object.keys(titlePage).find((k) => k.trim().toLowerCase() === 'title');
    const title = titleKey !== undefined ? titlePage[titleKey]?.replace(/\s*\n\s*/g, ' ').trim() : undefined;
    if (title) doc.title = title;
    return doc;
  }
}
