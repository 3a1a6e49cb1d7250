// Detects scene boundaries in raw text: chapter headings, Markdown headings, break markers, big gaps.

/** A boundary: a new scene starts at `at`; `title` is the heading text when the boundary is a heading. */
export interface SceneBreak {
  at: number;
  title?: string;
}

const HEADING_RE =
  /^\s*(?:(?:chapter|book|part|volume|act|scene|prologue|epilogue)\b[^\n]{0,80}|#{1,6}\s+\S[^\n]{0,100}|[IVXLC]{1,7}\.?|\d{1,3}\.?)\s*$/i;
const BREAK_RE = /^\s*(?:(?:\*\s*){3,}|#|(?:[-~=_•·]\s*){3,}|(?:\*\s*)+\*)\s*$/;

/** Scans the text line by line (linear); returns boundaries in text order. */
export function findSceneBreaks(text: string): SceneBreak[] {
  const out: SceneBreak[] = [];
  let blankRun = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const trimmed = line.trim();
    if (trimmed === '') {
      blankRun++;
    } else {
      if (BREAK_RE.test(line)) {
        out.push({ at: end });
      } else if (HEADING_RE.test(line) && trimmed.length <= 100) {
        out.push({ at: pos, title: headingTitle(trimmed) });
      } else if (HEADING_RE.test(firstClause(trimmed)) && /^chapter\b/i.test(trimmed)) {
        // Pre-tokenised texts run the heading into the first line: "CHAPTER I In Chancery London ."
        out.push({ at: pos, title: headingTitle(firstClause(trimmed)) });
      } else if (blankRun >= 3 && (out.length === 0 || out[out.length - 1]!.at < pos)) {
        out.push({ at: pos });
      }
      blankRun = 0;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

function headingTitle(s: string): string {
  return s
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// "CHAPTER I In Chancery" → "CHAPTER I": the chapter word and its number.
function firstClause(s: string): string {
  const m = /^(chapter\s+(?:[IVXLC]+|\d+|[a-z]+)\.?)/i.exec(s);
  return m ? m[1]! : s;
}
