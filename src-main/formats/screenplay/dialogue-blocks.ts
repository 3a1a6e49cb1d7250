// Groups a flat element list into runs: dialogue blocks (one cue each) and standalone elements.
import type { ScreenplayElement } from './types';

/** A run of elements under one cue, or a single non-dialogue element. */
export type ElementRun =
  | {
      kind: 'dialogue';
      character: string;
      extension?: string;
      dual?: 'left' | 'right';
      elements: ScreenplayElement[];
    }
  | { kind: 'single'; element: ScreenplayElement };

/**
 * Splits elements into runs. A new cue starts when speaker, extension or dual side changes, or when
 * a dialogue follows a dialogue (a block never holds two dialogue paragraphs in a row: the parsers
 * merge lines), so consecutive speeches by the same speaker stay separate.
 */
export function toRuns(elements: readonly ScreenplayElement[]): ElementRun[] {
  const runs: ElementRun[] = [];
  let current: Extract<ElementRun, { kind: 'dialogue' }> | undefined;
  let previous: ScreenplayElement | undefined;
  for (const element of elements) {
    if (element.character === undefined) {
      current = undefined;
      runs.push({ kind: 'single', element });
    } else {
      const continues =
        current !== undefined &&
        current.character === element.character &&
        current.extension === element.extension &&
        current.dual === element.dual &&
        !(previous?.type === 'dialogue' && element.type === 'dialogue');
      if (!continues || current === undefined) {
        current = { kind: 'dialogue', character: element.character, elements: [] };
        if (element.extension !== undefined) current.extension = element.extension;
        if (element.dual !== undefined) current.dual = element.dual;
        runs.push(current);
      }
      current.elements.push(element);
    }
    previous = element;
  }
  return runs;
}
