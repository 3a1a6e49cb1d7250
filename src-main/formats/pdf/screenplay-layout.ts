// Paginates a screenplay in the standard US layout (Courier 12, 10 characters and 6 lines per inch).
import { assertNever } from '../../shared/assert';
import { toRuns, type ElementRun } from '../screenplay/dialogue-blocks';
import type { ScreenplayDocument, ScreenplayElement } from '../screenplay/types';
import { wrapColumns } from './pdf-text';

/** Lines per page between the 1-inch top and bottom margins at 6 lines per inch. */
export const LINES_PER_PAGE = 54;

/** One printed line: where it starts (inches from the left edge) and how it is aligned there. */
export interface LaidLine {
  text: string;
  /** Left edge in inches; for `right` alignment the right edge, for `center` the middle. */
  x: number;
  align: 'left' | 'right' | 'center';
}

/** One row of a page: usually one line, a numbered heading holds its scene numbers in the margins too. */
export type LaidRow = LaidLine[];

/** A page: up to LINES_PER_PAGE rows, empty rows are blank lines. */
export type LaidPage = LaidRow[];

/** Left edges (inches) and widths (characters) of each paragraph kind, as screenwriting software sets them. */
const COLUMNS = {
  heading: { x: 1.5, width: 60 },
  action: { x: 1.5, width: 60 },
  character: { x: 3.7, width: 38 },
  parenthetical: { x: 3.1, width: 25 },
  dialogue: { x: 2.5, width: 35 },
  transitionRight: 7.5,
  center: 4.5,
} as const;

/** A unit placed on the page: its rows, and how it may be split across a page break. */
export interface Block {
  rows: LaidRow[];
  /** Blank rows wanted before the block (dropped at the top of a page). */
  spaceBefore: number;
  /** Keep with the following block (a heading never ends a page). */
  keepWithNext?: boolean;
  /** The speaker of a dialogue block, for (MORE) / (CONT'D) when it must be split. */
  speaker?: string;
  pageBreak?: boolean;
}

const left = (text: string, x: number): LaidLine => ({ text, x, align: 'left' });

function wrapped(text: string, x: number, width: number): LaidRow[] {
  return wrapColumns(text, width).map((t) => [left(t, x)]);
}

function singleBlock(element: ScreenplayElement): Block | null {
  switch (element.type) {
    case 'action':
    case 'dialogue':
    case 'parenthetical':
      return { rows: wrapped(element.text, COLUMNS.action.x, COLUMNS.action.width), spaceBefore: 1 };
    case 'transition':
      return {
        rows: [[{ text: element.text.toUpperCase(), x: COLUMNS.transitionRight, align: 'right' }]],
        spaceBefore: 1,
      };
    case 'centered':
      return {
        rows: wrapColumns(element.text, COLUMNS.action.width).map((t) => [
          { text: t, x: COLUMNS.center, align: 'center' as const },
        ]),
        spaceBefore: 1,
      };
    case 'lyric':
      return { rows: wrapped(element.text, COLUMNS.dialogue.x, COLUMNS.dialogue.width), spaceBefore: 1 };
    case 'page_break':
      return { rows: [], spaceBefore: 0, pageBreak: true };
    case 'section':
    case 'synopsis':
      // Outline notes are for the writer: screenplay software does not print them.
      return null;
    default:
      return assertNever(element.type, 'screenplay element type');
  }
}

function dialogueBlock(run: Extract<ElementRun, { kind: 'dialogue' }>): Block {
  const cue = `${run.character.toUpperCase()}${run.extension ? ` (${run.extension})` : ''}`;
  const rows: LaidRow[] = [[left(cue, COLUMNS.character.x)]];
  for (const e of run.elements) {
    if (e.type === 'parenthetical') {
      const text = /^\(.*\)$/s.test(e.text.trim()) ? e.text.trim() : `(${e.text.trim()})`;
      rows.push(...wrapped(text, COLUMNS.parenthetical.x, COLUMNS.parenthetical.width));
    } else rows.push(...wrapped(e.text, COLUMNS.dialogue.x, COLUMNS.dialogue.width));
  }
  return { rows, spaceBefore: 1, speaker: run.character.toUpperCase() };
}

function blocksOf(elements: readonly ScreenplayElement[]): Block[] {
  return toRuns(elements).flatMap((run) => {
    if (run.kind === 'dialogue') return [dialogueBlock(run)];
    const block = singleBlock(run.element);
    return block ? [block] : [];
  });
}

/** Every block of the body in order: scene headings (numbered in both margins) then their elements. */
export function screenplayBlocks(doc: ScreenplayDocument, clean: (s: string) => string = (s) => s): Block[] {
  const cleaned = (elements: readonly ScreenplayElement[]): ScreenplayElement[] =>
    elements.map((e) => ({
      ...e,
      text: clean(e.text),
      ...(e.character ? { character: clean(e.character) } : {}),
    }));
  const blocks: Block[] = [...blocksOf(cleaned(doc.preamble))];
  for (const scene of doc.scenes) {
    const heading = wrapped(clean(scene.heading.toUpperCase()), COLUMNS.heading.x, COLUMNS.heading.width);
    // Production drafts print the scene number in both margins of the heading's first line.
    if (scene.sceneNumber && heading[0]) {
      heading[0].push(left(scene.sceneNumber, 0.9), { text: scene.sceneNumber, x: 7.9, align: 'right' });
    }
    blocks.push({ rows: heading, spaceBefore: 2, keepWithNext: true });
    blocks.push(...blocksOf(cleaned(scene.elements)));
  }
  return blocks;
}

/** Fills pages row by row, keeping headings with what follows and splitting long speeches with (MORE)/(CONT'D). */
export function paginate(blocks: readonly Block[]): LaidPage[] {
  const pages: LaidPage[] = [[]];
  const page = () => pages[pages.length - 1]!;
  const newPage = () => pages.push([]);
  blocks.forEach((block, i) => {
    if (block.pageBreak) {
      if (page().length > 0) newPage();
      return;
    }
    const rows = block.rows;
    const gap = page().length === 0 ? 0 : block.spaceBefore;
    const next = blocks[i + 1];
    const needed =
      rows.length + (block.keepWithNext && next ? next.spaceBefore + Math.min(2, next.rows.length) : 0);
    if (page().length + gap + needed > LINES_PER_PAGE && page().length > 0) {
      const free = LINES_PER_PAGE - page().length - gap;
      if (block.speaker && free >= 3 && rows.length > free) {
        // A long speech is split: (MORE) closes this page and the cue is repeated with (CONT'D).
        for (let r = 0; r < gap; r++) page().push([]);
        page().push(...rows.slice(0, free - 1), [left('(MORE)', COLUMNS.character.x)]);
        newPage();
        page().push([left(`${block.speaker} (CONT'D)`, COLUMNS.character.x)], ...rows.slice(free - 1));
        return;
      }
      newPage();
    } else for (let r = 0; r < gap; r++) page().push([]);
    for (const row of rows) {
      if (page().length >= LINES_PER_PAGE) newPage();
      page().push(row);
    }
  });
  return pages.filter((p, index) => p.length > 0 || index === 0);
}
