// Fountain pre-pass: drops BOM, boneyard /* */ and notes [[ ]], unifies line ends, keeps source offsets.

/** One cleaned line with the offsets of its first character and its end in the original text. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/** Marks where a note was removed so a line left empty by it can be dropped entirely. */
const NOTE_MARK = '\u0000';

interface Mapped {
  chars: string[];
  offsets: number[];
}

function normalise(source: string): Mapped {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (i === 0 && ch === '\uFEFF') continue;
    if (ch === '\r') {
      chars.push('\n');
      offsets.push(i);
      if (source[i + 1] === '\n') i++;
      continue;
    }
    chars.push(ch);
    offsets.push(i);
  }
  return { chars, offsets };
}

/** Removes `/* ... *\/` spans; an unclosed opener is left as text (the author still sees it). */
function dropBoneyard(input: Mapped): Mapped {
  const text = input.chars.join('');
  const out: Mapped = { chars: [], offsets: [] };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('/*', i);
    const close = open >= 0 ? text.indexOf('*/', open + 2) : -1;
    const stop = open >= 0 && close >= 0 ? open : text.length;
    for (let k = i; k < stop; k++) {
      out.chars.push(input.chars[k] ?? '');
      out.offsets.push(input.offsets[k] ?? 0);
    }
    i = open >= 0 && close >= 0 ? close + 2 : text.length;
  }
  return out;
}

/** Removes `[[ ... ]]` notes; a note containing an empty line is not a note (Fountain spec). */
function dropNotes(input: Mapped): Mapped {
  const text = input.chars.join('');
  const out: Mapped = { chars: [], offsets: [] };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('[[', i);
    let close = open >= 0 ? text.indexOf(']]', open + 2) : -1;
    // Two spaces keep a blank line inside a note; a truly empty line ends the attempt.
    if (close >= 0 && /\n[ \t]?\n/.test(text.slice(open, close))) close = -1;
    const stop = open >= 0 && close >= 0 ? open : open >= 0 ? open + 2 : text.length;
    for (let k = i; k < stop; k++) {
      out.chars.push(input.chars[k] ?? '');
      out.offsets.push(input.offsets[k] ?? 0);
    }
    if (open >= 0 && close >= 0) {
      out.chars.push(NOTE_MARK);
      out.offsets.push(input.offsets[open] ?? 0);
      i = close + 2;
    } else {
      i = stop;
    }
  }
  return out;
}

/**
 * Cleans Fountain source into lines whose `start`/`end` point into the original string.
 * A line that held only notes disappears, so notes never split a paragraph or dialogue.
 */
export function cleanFountain(source: string): SourceLine[] {
  const mapped = dropNotes(dropBoneyard(normalise(source)));
  const lines: SourceLine[] = [];
  let lineChars: string[] = [];
  let lineOffsets: number[] = [];
  const flush = (endOffset: number): void => {
    const raw = lineChars.join('');
    const hadNote = raw.includes(NOTE_MARK);
    const text = raw.split(NOTE_MARK).join('');
    const contentOffsets = lineOffsets.filter((_o, k) => lineChars[k] !== NOTE_MARK);
    if (!(hadNote && text.trim() === '')) {
      const start = contentOffsets[0] ?? endOffset;
      const last = contentOffsets[contentOffsets.length - 1];
      lines.push({ text, start, end: last !== undefined ? last + 1 : start });
    }
    lineChars = [];
    lineOffsets = [];
  };
  for (let k = 0; k < mapped.chars.length; k++) {
    const ch = mapped.chars[k] ?? '';
    const offset = mapped.offsets[k] ?? 0;
    if (ch === '\n') flush(offset);
    else {
      lineChars.push(ch);
      lineOffsets.push(offset);
    }
  }
  flush(source.length);
  return lines;
}
