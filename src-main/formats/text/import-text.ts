// Sniffs and decodes an imported or pasted text before any parser sees it: size, encoding, binary content, line length, NFC.
import { AppFailure } from '../../shared/failure';
import { looksLikeScreenplay, suppliedDocumentKind } from '../../domain/supplied-text';

/** What the text will be parsed as: the screenplay parsers and the prose analysis have different costs. */
export type TextKind = 'prose' | 'fountain' | 'fdx';

/**
 * Limits measured against the parsers' cost (bench: `storyloom bench`), so that any accepted file is analysed
 * within 5 s and 300 MB. A long novel is ~1–3 MB of text; a feature screenplay ~200 KB.
 */
export const TEXT_LIMITS = {
  maxBytes: { prose: 4 * 1024 * 1024, fountain: 1024 * 1024, fdx: 4 * 1024 * 1024 } satisfies Record<
    TextKind,
    number
  >,
  /**
   * A paragraph without line breaks is normal in prose; a Fountain line is short by nature; XML may be written
   * on one line (its reader is linear, and its texts go through the same entity caps).
   */
  maxLineChars: { prose: 100_000, fountain: 10_000, fdx: Infinity } satisfies Record<TextKind, number>,
  /** Stray control characters tolerated (old files carry a few); more means binary. */
  maxControlChars: 8,
} as const;

const SAVE_AS_UTF8 = 'Open it in a text editor and save it as plain text (UTF-8), then import it again.';

const refuse = (code: string, message: string, details: Record<string, unknown>, remedy = SAVE_AS_UTF8) => {
  throw new AppFailure(code, message, remedy, details);
};

/** The encoding named by a byte-order mark, and the mark's length. */
function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte (odd positions: LE, even: BE). */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, name: string): string {
  const bom = bomOf(bytes);
  const encoding = bom?.encoding ?? guessUtf16(bytes) ?? 'utf-8';
  // NUL is valid UTF-8 but never part of a text document: the surest sign of a binary file.
  const nul = encoding === 'utf-8' ? bytes.indexOf(0) : -1;
  if (nul >= 0) {
    refuse(
      'IMPORT_NOT_TEXT',
      `${name} is not a text file: it contains binary data (a NUL byte at offset ${nul}).`,
      { file: name, offset: nul, problem: 'binary' },
      'Import a screenplay (.fountain, .fdx) or a manuscript (.txt, .md) saved as plain text.',
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom?.skip ?? 0));
  } catch {
    return refuse(
      'IMPORT_BAD_ENCODING',
      `${name} is not valid ${encoding.toUpperCase()} text (it may use an older encoding such as Windows-1252).`,
      { file: name, encoding, problem: 'encoding' },
    );
  }
}

// C0 controls except tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Refuses binary content; strips the few stray control characters an old file may carry. */
function withoutControls(text: string, name: string): string {
  const nul = text.indexOf('\u0000');
  const found = nul >= 0 ? TEXT_LIMITS.maxControlChars + 1 : (text.match(CONTROL)?.length ?? 0);
  if (found > TEXT_LIMITS.maxControlChars) {
    const at = nul >= 0 ? nul : text.search(CONTROL);
    refuse(
      'IMPORT_NOT_TEXT',
      `${name} is not a text document: it contains binary data (control characters from line ${lineOf(text, at)}).`,
      { file: name, line: lineOf(text, at), problem: 'binary' },
      'Import a screenplay (.fountain, .fdx) or a manuscript (.txt, .md) saved as plain text.',
    );
  }
  return found > 0 ? text.replace(CONTROL, '') : text;
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function checkLines(text: string, name: string, kind: TextKind): void {
  const max = TEXT_LIMITS.maxLineChars[kind];
  if (!Number.isFinite(max)) return;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > max) {
      refuse(
        'IMPORT_LINE_TOO_LONG',
        `Line ${line} of ${name} is ${stop - start} characters long; a ${kind === 'prose' ? 'manuscript' : 'screenplay'} line may have at most ${max}.`,
        { file: name, line, limit: 'maxLineChars', value: stop - start },
        kind !== 'prose'
          ? 'Check that the file is a screenplay with its line breaks intact.'
          : 'Check that the file is a manuscript with its paragraph breaks intact.',
      );
    }
    if (end < 0) break;
    start = end + 1;
  }
}

/** Checks a text already in memory (a chat paste, or a decoded file): binary content, line length; returns it in NFC. */
export function checkText(text: string, name: string, kind: TextKind): string {
  const clean = withoutControls(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name);
  checkLines(clean, name, kind);
  return clean.normalize('NFC');
}

/** The most bytes any text import may have on disk (UTF-16 doubles the size of the same text). */
export const MAX_TEXT_FILE_BYTES = 2 * Math.max(...Object.values(TEXT_LIMITS.maxBytes));

/** Refuses a text over the size limit of its kind. */
function checkSize(size: number, name: string, kind: TextKind): void {
  const max = TEXT_LIMITS.maxBytes[kind];
  if (size <= max) return;
  refuse(
    'IMPORT_TOO_LARGE',
    `${name} is ${size} bytes; a ${kind === 'prose' ? 'manuscript' : 'screenplay'} import may be at most ${max} bytes (${max / 1024 / 1024} MB).`,
    { file: name, limit: 'maxBytes', value: size },
    kind === 'prose'
      ? 'Split the manuscript into parts (for example by chapter) and import them one by one.'
      : 'Split the screenplay into parts and import them one by one.',
  );
}

/**
 * Decodes the bytes of an imported text file and tells how it will be parsed. Refuses, with a specific code
 * and before any parse, a file over the size limit, binary data, an encoding that is not UTF-8/UTF-16, and
 * over-long lines. BOMs are honoured; the text comes back in NFC.
 */
export function decodeImportText(bytes: Uint8Array, name: string): { text: string; kind: TextKind } {
  checkSize(bytes.length, name, textKindOf(name));
  const decoded = decode(bytes, name);
  // A .txt may hold a screenplay: it then gets the screenplay's limits too.
  const kind = textKindOf(name, decoded);
  checkSize(Buffer.byteLength(decoded), name, kind);
  return { text: checkText(decoded, name, kind), kind };
}

/** Which analysis a file name or pasted text gets (Fountain screenplays are detected by their sluglines). */
export function textKindOf(file: string, text?: string): TextKind {
  const lower = file.toLowerCase();
  if (lower.endsWith('.fdx')) return 'fdx';
  if (lower.endsWith('.fountain')) return 'fountain';
  return text !== undefined && suppliedDocumentKind(text) === 'screenplay' ? 'fountain' : 'prose';
}

export { looksLikeScreenplay };
