// Fountain reader: turns Fountain screenplay text into a ScreenplayDocument (https://fountain.io/syntax).
import { looksLikeCue, parseCue } from './cue';
import { ScreenplayBuilder } from './document-builder';
import { stripEmphasis } from './emphasis';
import { cleanFountain, type SourceLine } from './fountain-clean';
import { readTitlePage } from './fountain-title-page';
import { hasHeadingPrefix, parseHeading } from './scene-heading';
import type { ScreenplayDocument, ScreenplayElement } from './types';

interface OpenCue {
  character: string;
  extension?: string;
  dual?: 'left' | 'right';
  /** Elements of this block so far; the open dialogue or lyric paragraph is extended by later lines. */
  elements: ScreenplayElement[];
  open?: ScreenplayElement;
}

const isBlankText = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** Heading rule: blank line before; blank line after, or (lenient, for real-world files) an
 * all-caps heading whose next line is not itself heading-like. */
function isHeading(trimmed: string, next: string | undefined): boolean {
  if (/^\.[^.\s]/.test(trimmed)) return true;
  if (!hasHeadingPrefix(trimmed)) return false;
  if (isBlankText(next)) return true;
  return !/\p{Ll}/u.test(trimmed) && !hasHeadingPrefix((next ?? '').trim());
}

/** Non-forced transition: upper case, ends in `TO:`, no trailing spaces, blank lines around it. */
function isTransition(line: string): boolean {
  const text = line.trimStart();
  return /TO:$/.test(text) && text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/**
 * Parses Fountain text. Title page, notes and boneyard are handled; emphasis markers are dropped
 * (words kept); offsets of scenes point into `text` as given (BOM and CRLF included).
 */
export function parseFountain(text: string): ScreenplayDocument {
  const lines = cleanFountain(text);
  const title = readTitlePage(lines);
  const builder = new ScreenplayBuilder();
  let cue: OpenCue | undefined;
  let lastBlock: ScreenplayElement[] = []; // the most recent finished dialogue block, for dual dialogue
  let paragraph: ScreenplayElement | undefined; // action or lyric paragraph that later lines extend

  const lineAt = (j: number): SourceLine | undefined => lines[j];
  const push = (element: ScreenplayElement, line: SourceLine): ScreenplayElement => {
    paragraph = undefined;
    return builder.add(element, line.end);
  };
  const extend = (element: ScreenplayElement, add: string, line: SourceLine): void => {
    element.text = `${element.text}\n${add}`;
    builder.touch(line.end);
  };
  const spoken = (type: ScreenplayElement['type'], body: string, open: OpenCue): ScreenplayElement => {
    const element: ScreenplayElement = { type, text: body, character: open.character };
    if (open.extension !== undefined) element.extension = open.extension;
    if (open.dual !== undefined) element.dual = open.dual;
    return element;
  };

  for (let i = title.bodyStart; i < lines.length; i++) {
    const line = lineAt(i) as SourceLine;
    const raw = line.text;
    const trimmed = raw.trim();
    const prevBlank = i === title.bodyStart || isBlankText(lineAt(i - 1)?.text);
    const next = lineAt(i + 1)?.text;

    if (trimmed === '') {
      // Two or more spaces keep a blank line inside dialogue (Fountain spec).
      if (cue?.open?.type === 'dialogue' && /^[ \t]{2,}$/.test(raw) && !isBlankText(next)) {
        extend(cue.open, '', line);
        continue;
      }
      if (cue) lastBlock = cue.elements;
      cue = undefined;
      paragraph = undefined;
      continue;
    }

    if (cue) {
      const open: ScreenplayElement | undefined = cue.open;
      if (/^\(.*\)$/.test(trimmed)) {
        cue.open = undefined;
        cue.elements.push(push(spoken('parenthetical', stripEmphasis(trimmed), cue), line));
      } else {
        const type = trimmed.startsWith('~') ? 'lyric' : 'dialogue';
        const body = stripEmphasis(type === 'lyric' ? trimmed.slice(1).trim() : trimmed);
        if (open?.type === type) extend(open, body, line);
        else cue.elements.push((cue.open = push(spoken(type, body, cue), line)));
      }
      continue;
    }

    if (/^={3,}$/.test(trimmed)) {
      push({ type: 'page_break', text: '' }, line);
    } else if (trimmed.startsWith('#')) {
      const depth = (/^#+/.exec(trimmed)?.[0] ?? '#').length;
      push({ type: 'section', text: trimmed.slice(depth).trim(), depth }, line);
    } else if (trimmed.startsWith('=')) {
      push({ type: 'synopsis', text: stripEmphasis(trimmed.slice(1).trim()) }, line);
    } else if (trimmed.startsWith('>') && trimmed.endsWith('<') && trimmed.length > 1) {
      push({ type: 'centered', text: stripEmphasis(trimmed.slice(1, -1).trim()) }, line);
    } else if (trimmed.startsWith('>')) {
      push({ type: 'transition', text: stripEmphasis(trimmed.slice(1).trim()) }, line);
    } else if (trimmed.startsWith('~')) {
      const body = stripEmphasis(trimmed.slice(1).trim());
      if (paragraph?.type === 'lyric') extend(paragraph, body, line);
      else paragraph = builder.add({ type: 'lyric', text: body }, line.end);
    } else if (trimmed.startsWith('!')) {
      addAction(stripEmphasis(raw.slice(raw.indexOf('!') + 1).trimEnd()), line);
    } else if (prevBlank && isHeading(trimmed, next)) {
      paragraph = undefined;
      const parts = parseHeading(trimmed);
      parts.heading = stripEmphasis(parts.heading);
      builder.startScene(parts, line.start, line.end);
    } else if (prevBlank && isBlankText(next) && isTransition(raw)) {
      push({ type: 'transition', text: trimmed }, line);
    } else if (prevBlank && !isBlankText(next) && looksLikeCue(trimmed) && !hasHeadingPrefix(trimmed)) {
      openCue(trimmed);
      builder.touch(line.end);
    } else {
      addAction(stripEmphasis(raw.trimEnd()), line);
    }
  }

  function addAction(body: string, line: SourceLine): void {
    if (paragraph?.type === 'action') extend(paragraph, body, line);
    else paragraph = builder.add({ type: 'action', text: body }, line.end);
  }

  function openCue(trimmed: string): void {
    const parsed = parseCue(trimmed);
    const open: OpenCue = { character: parsed.name, elements: [] };
    if (parsed.extension !== undefined) open.extension = parsed.extension;
    if (parsed.dualRight) {
      open.dual = 'right';
      // The left half is the block immediately before this one, with nothing in between.
      const previous = lastBlock[lastBlock.length - 1];
      if (previous !== undefined && previous === builder.last()) {
        for (const element of lastBlock) element.dual = 'left';
      }
    }
    paragraph = undefined;
    cue = open;
  }

  const doc = builder.build(title.entries);
  if (doc.title) doc.title = stripEmphasis(doc.title);
  return doc;
}
