// Fountain pre-pass: drops BOM, boneyard /* */ and notes [[ ]], unifies line ends, keeps source offsets.

/** One cleaned line with the offsets of its first character and its end in the original text. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/** Marks where a note was removed so a line left empty by it can be dropped entirely. */
const NOTE_MARK = '\u0000';

/** A text with, for each of its characters, the offset it came from in the source (typed: ~4 bytes a char). */
interface Mapped {
  text: string;
  offsets: Int32Array;
}

/** Collects kept spans of a Mapped text without per-character arrays (memory stays linear and small). */
class MappedBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.offsets = new Int32Array(capacity);
  }

  /** Keeps `input.text[from, to)` with its offsets. */
  keep(input: Mapped, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(input.text.slice(from, to));
    this.offsets.set(input.offsets.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** Adds one character that stands for the source offset `offset`. */
  mark(ch: string, offset: number): void {
    this.parts.push(ch);
    this.offsets[this.length++] = offset;
  }

  build(): Mapped {
    return { text: this.parts.join(''), offsets: this.offsets.subarray(0, this.length) };
  }
}

function normalise(source: string): Mapped {
  const offsets = new Int32Array(source.length);
  const parts: string[] = [];
  let length = 0;
  let runStart = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const flushRun = (to: number): void => {
    if (to <= runStart) return;
    parts.push(source.slice(runStart, to));
    for (let i = runStart; i < to; i++) offsets[length++] = i;
  };
  for (let i = source.indexOf('\r', runStart); i >= 0; i = source.indexOf('\r', i + 1)) {
    flushRun(i);
    parts.push('\n');
    offsets[length++] = i;
    runStart = source[i + 1] === '\n' ? i + 2 : i + 1;
  }
  flushRun(source.length);
  return { text: parts.join(''), offsets: offsets.subarray(0, length) };
}

/** Removes `/* ... *\/` spans; an unclosed opener is left as text (the author still sees it). */
function dropBoneyard(input: Mapped): Mapped {
  const { text } = input;
  const out = new MappedBuilder(text.length);
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('/*', i);
    const close = open >= 0 ? text.indexOf('*/', open + 2) : -1;
    if (open < 0 || close < 0) break;
    out.keep(input, i, open);
    i = close + 2;
  }
  out.keep(input, i, text.length);
  return out.build();
}

/**
 * Removes `[[ ... ]]` notes; a note containing an empty line is not a note (Fountain spec). The next closer
 * and the next empty line are found once and reused while openers advance, so many openers stay linear.
 */
function dropNotes(input: Mapped): Mapped {
  const { text } = input;
  const out = new MappedBuilder(text.length);
  const emptyLine = /\n[ \t]?\n/g;
  let close = -2;
  let blank = -2;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('[[', i);
    if (open < 0) break;
    if (close !== -1 && close < open + 2) close = text.indexOf(']]', open + 2);
    // No closer after this opener means none after any later opener either.
    if (close < 0) break;
    if (blank !== -1 && blank < open) {
      emptyLine.lastIndex = open;
      blank = emptyLine.exec(text)?.index ?? -1;
    }
    if (blank >= 0 && blank + 1 < close) {
      // Not a note: keep the opener as text and look for the next one.
      out.keep(input, i, open + 2);
      i = open + 2;
      continue;
    }
    out.keep(input, i, open);
    out.mark(NOTE_MARK, input.offsets[open] ?? 0);
    i = close + 2;
  }
  out.keep(input, i, text.length);
  return out.build();
}

/**
 * Cleans Fountain source into lines whose `start`/`end` point into the original string.
 * A line that held only notes disappears, so notes never split a paragraph or dialogue.
 */
export function cleanFountain(source: string): SourceLine[] {
  const { text, offsets } = dropNotes(dropBoneyard(normalise(source)));
  const lines: SourceLine[] = [];
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    const raw = text.slice(from, to);
    const hadNote = raw.includes(NOTE_MARK);
    const content = hadNote ? raw.split(NOTE_MARK).join('') : raw;
    if (!(hadNote && content.trim() === '')) {
      // Offsets of the first and last characters that are not note marks.
      let first = from;
      let last = to - 1;
      while (first < to && text[first] === NOTE_MARK) first++;
      while (last >= first && text[last] === NOTE_MARK) last--;
      const lineEnd = newline < 0 ? source.length : (offsets[newline] ?? source.length);
      const start = first < to ? (offsets[first] ?? lineEnd) : lineEnd;
      lines.push({ text: content, start, end: last >= first ? (offsets[last] ?? start) + 1 : start });
    }
    if (newline < 0) break;
    from = newline + 1;
  }
  return lines;
}
