// Recognises a supplied document in a message or file: a screenplay (sluglines, a Fountain title page) or a chapter.

/** What kind of document a pasted text is, when it is one. */
export type SuppliedDocumentKind = 'screenplay' | 'chapter';

const SLUGLINE = /^[ \t]*(?:INT|EXT|EST|INT\.?\/EXT|I\/E)[.\s]/gim;
/** A Fountain title page opens with "Title:" (or another title key) on the first line. */
const TITLE_PAGE = /^\s*(?:title|credit|author|authors|draft date)\s*:/i;
/** A character cue followed by its speech: a capitalised line, then a line of ordinary text. */
const CUE_AND_SPEECH =
  /^[ \t]*[A-Z][A-Z0-9 .'-]{1,30}(?:\s*\([^)\n]{1,20}\))?[ \t]*\n[ \t]*(?:\([^)\n]+\)\s*\n[ \t]*)?[^\n]*[a-z]/m;
/** A chapter heading on the first line: "Chapter One", "CHAPTER 3: The Pier", "Prologue". */
const CHAPTER_HEADING =
  /^\s*(?:chapter|part|book)\s+(?:[0-9ivxlc]+|[a-z]+(?:[- ][a-z]+)?)\b[^\n]{0,80}\n|^\s*(?:prologue|epilogue)\b[^\n]{0,80}\n/i;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A text is a screenplay when several lines are sluglines (INT./EXT.). */
export const looksLikeScreenplay = (text: string): boolean => (text.match(SLUGLINE)?.length ?? 0) >= 2;

/**
 * The kind of document a text is, or undefined for an ordinary message. A screenplay has two sluglines, or
 * one slugline with a title page or a cue and its speech; a chapter opens with a chapter heading and runs on
 * for a page, or is several paragraphs of prose long enough that no one types it as a request.
 */
export function suppliedDocumentKind(text: string): SuppliedDocumentKind | undefined {
  const sluglines = text.match(SLUGLINE)?.length ?? 0;
  if (sluglines >= 2) return 'screenplay';
  if (sluglines === 1 && (TITLE_PAGE.test(text) || CUE_AND_SPEECH.test(text))) return 'screenplay';
  const words = wordCount(text);
  if (CHAPTER_HEADING.test(text) && words >= 60) return 'chapter';
  const paragraphs = text.split(/\n\s*\n/).filter((p) => wordCount(p) >= 15).length;
  if (words >= 250 && paragraphs >= 3) return 'chapter';
  return undefined;
}

/**
 * Where the supplied document starts in a message: after a short request line that introduces it
 * ("Analyze this chapter:"), or at 0 when the message opens with the document itself (a slugline, a title
 * page, a chapter heading), so its first scene or title is never cut off.
 */
export function documentStart(text: string): number {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const opensDocument =
    new RegExp(SLUGLINE.source, 'i').test(firstLine) ||
    TITLE_PAGE.test(firstLine) ||
    CHAPTER_HEADING.test(`${firstLine}\n`);
  if (opensDocument) return 0;
  const cut = text.search(/[:\n]/);
  return cut >= 0 ? cut + 1 : 0;
}
