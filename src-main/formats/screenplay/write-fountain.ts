// Fountain writer: renders a ScreenplayDocument as Fountain text that parseFountain reads back unchanged.
import { assertNever } from '../../shared/assert';
import { formatCue, looksLikeCue } from './cue';
import { toRuns, type ElementRun } from './dialogue-blocks';
import { escapeEmphasis } from './emphasis';
import { hasHeadingPrefix } from './scene-heading';
import type { ScreenplayDocument, ScreenplayElement, ScreenplayScene } from './types';

/** Lines starting with these characters mean something else in Fountain and must be forced as action. */
const MARKER_START = /^[!@#=~>]/;

function titlePageLines(doc: ScreenplayDocument): string[] {
  const entries = Object.entries(doc.titlePage);
  if (entries.length === 0 && doc.title) entries.push(['Title', doc.title]);
  const lines: string[] = [];
  for (const [key, value] of entries) {
    const parts = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (parts.length <= 1) lines.push(`${key}: ${parts[0] ?? ''}`.trimEnd());
    else lines.push(`${key}:`, ...parts.map((p) => `    ${p}`));
  }
  return lines;
}

/** True when the first line of an action paragraph would be read as heading, cue, transition or title key. */
function firstLineNeedsForce(line: string): boolean {
  const t = line.trim();
  return (
    MARKER_START.test(t) ||
    /^\.[^.]/.test(t) ||
    hasHeadingPrefix(t) ||
    looksLikeCue(t) ||
    /TO:$/.test(t) ||
    /^[\p{L}][\p{L}\p{N} _'-]*:/u.test(t)
  );
}

function actionBlocks(text: string): string[] {
  // An empty line cannot live inside a Fountain action paragraph: it becomes a paragraph break.
  return text.split(/\n[ \t]*\n/).map((paragraph) =>
    paragraph
      .split('\n')
      .map((line, i) => {
        const escaped = escapeEmphasis(line);
        const force = i === 0 ? firstLineNeedsForce(line) : MARKER_START.test(line.trim());
        return force ? `!${escaped}` : escaped;
      })
      .join('\n'),
  );
}

function transitionText(text: string): string {
  const plain =
    text === text.toUpperCase() && /TO:$/.test(text) && /\p{Lu}/u.test(text) && !text.startsWith('>');
  return plain ? escapeEmphasis(text) : `> ${escapeEmphasis(text)}`;
}

function singleBlocks(element: ScreenplayElement): string[] {
  switch (element.type) {
    case 'action':
      return actionBlocks(element.text);
    case 'transition':
      return [transitionText(element.text)];
    case 'centered':
      return [`> ${escapeEmphasis(element.text)} <`];
    case 'lyric':
      return [
        element.text
          .split('\n')
          .map((l) => `~${escapeEmphasis(l)}`)
          .join('\n'),
      ];
    case 'section':
      return [`${'#'.repeat(Math.max(1, element.depth ?? 1))} ${element.text}`];
    case 'synopsis':
      return [`= ${escapeEmphasis(element.text)}`];
    case 'page_break':
      return ['==='];
    case 'dialogue':
    case 'parenthetical':
      // Without a speaker these are read as plain action.
      return actionBlocks(element.text);
    default:
      return assertNever(element.type, 'screenplay element type');
  }
}

function dialogueBlock(run: Extract<ElementRun, { kind: 'dialogue' }>): string {
  const cue = formatCue(run.character, run.extension, run.dual === 'right');
  const plainCue = looksLikeCue(cue) && !hasHeadingPrefix(cue) && !cue.startsWith('@');
  const lines = [plainCue ? cue : `@${cue}`];
  for (const element of run.elements) {
    if (element.type === 'parenthetical') {
      const text = element.text.trim();
      lines.push(escapeEmphasis(/^\(.*\)$/.test(text) ? text : `(${text})`));
    } else if (element.type === 'lyric') {
      lines.push(...element.text.split('\n').map((l) => `~${escapeEmphasis(l)}`));
    } else {
      // Two spaces keep an empty line inside the speech.
      lines.push(...element.text.split('\n').map((l) => (l.trim() === '' ? '  ' : escapeEmphasis(l.trim()))));
    }
  }
  return lines.join('\n');
}

function elementBlocks(elements: readonly ScreenplayElement[]): string[] {
  return toRuns(elements).flatMap((run) =>
    run.kind === 'dialogue' ? [dialogueBlock(run)] : singleBlocks(run.element),
  );
}

function headingLine(scene: ScreenplayScene): string {
  const forced = hasHeadingPrefix(scene.heading.trim()) ? '' : '.';
  return `${forced}${scene.heading.trim()}${scene.sceneNumber ? ` #${scene.sceneNumber}#` : ''}`;
}

/**
 * Renders a document as Fountain: title page, preamble, then each scene. Action lines that would be
 * misread are forced with `!`, cues that would be misread with `@`, and emphasis characters escaped.
 */
export function writeFountain(doc: ScreenplayDocument): string {
  const blocks: string[] = [];
  const title = titlePageLines(doc);
  if (title.length > 0) blocks.push(title.join('\n'));
  blocks.push(...elementBlocks(doc.preamble));
  for (const scene of doc.scenes) blocks.push(headingLine(scene), ...elementBlocks(scene.elements));
  return `${blocks.join('\n\n')}\n`;
}
