// Text helpers for pdf-lib's standard fonts: WinAnsi-safe strings, word wrapping and document metadata.
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** Typographic characters with a plain stand-in, for fonts whose character set lacks them. */
const STAND_INS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '--',
  '\u2026': '...',
  '\u00A0': ' ',
  '\t': '    ',
};

const charsets = new WeakMap<PDFFont, Set<number>>();

function charsetOf(font: PDFFont): Set<number> {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  return set;
}

/**
 * Makes text drawable with a standard (WinAnsi) font: unknown characters lose their accents when that
 * helps (ő → o) and become `?` otherwise, because pdf-lib throws on any character the font cannot encode.
 */
export function pdfSafe(text: string, font: PDFFont): string {
  const set = charsetOf(font);
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || set.has(code)) {
      out += ch;
      continue;
    }
    const standIn = STAND_INS[ch];
    if (standIn !== undefined && [...standIn].every((c) => set.has(c.codePointAt(0)!))) {
      out += standIn;
      continue;
    }
    const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += bare && [...bare].every((c) => set.has(c.codePointAt(0)!)) ? bare : '?';
  }
  return out;
}

/** Splits one over-long word into pieces that fit `width`. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && !fits(piece + ch)) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps text to lines no wider than `width` points at `size`; explicit newlines are kept and
 * words longer than a line are broken. The text must already be `pdfSafe` for the font.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = fits(word) ? [word] : breakWord(word, fits);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** Word-wraps monospaced text to at most `columns` characters per line (screenplay layout works in columns). */
export function wrapColumns(text: string, columns: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (candidate.length <= columns) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (rest.length > columns) {
        lines.push(rest.slice(0, columns));
        rest = rest.slice(columns);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** Title, author tool and a fixed date, so the same project always exports the same bytes. */
export function setPdfMetadata(doc: PDFDocument, title: string, subject: string, at: string): void {
  const date = new Date(at);
  const stamp = Number.isNaN(date.getTime()) ? new Date(0) : date;
  doc.setTitle(title);
  doc.setSubject(subject);
  doc.setCreator('Storyloom');
  doc.setProducer('Storyloom (pdf-lib)');
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);
}

/**
 * Serialises the document in one go: pdf-lib yields to the event loop every 50 objects by default, which
 * stretches a long storyboard export on a busy machine without making anything else faster.
 */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
