// Fountain title page: the leading `Key: value` block (values may continue on indented lines).
import type { SourceLine } from './fountain-clean';

/** Keys look like words (`Title`, `Draft date`, `Contact`), never like a heading (`EXT. BEACH`). */
const KEY_LINE = /^([\p{L}][\p{L}\p{N} _'-]{0,40}):(.*)$/u;

/** Result: the entries found and the index of the first body line after the block. */
export interface TitlePageResult {
  entries: Record<string, string>;
  bodyStart: number;
}

/**
 * Reads the title page if the document starts with one. Every line of the block must be a key line
 * or an indented continuation, and at least one key must carry a value, so a lone `FADE IN:` line
 * is never mistaken for a title page.
 */
export function readTitlePage(lines: readonly SourceLine[]): TitlePageResult {
  let first = 0;
  while (first < lines.length && (lines[first]?.text.trim() ?? '') === '') first++;
  const entries: Record<string, string> = {};
  let key: string | undefined;
  let hasValue = false;
  let i = first;
  for (; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '') break;
    const match = /^\s/.test(text) ? null : KEY_LINE.exec(text);
    if (match) {
      key = (match[1] ?? '').trim();
      const value = (match[2] ?? '').trim();
      entries[key] = value;
      if (value) hasValue = true;
    } else if (key !== undefined && /^(\t| {2,})/.test(text)) {
      const previous = entries[key] ?? '';
      entries[key] = previous ? `${previous}\n${text.trim()}` : text.trim();
      hasValue = true;
    } else {
      return { entries: {}, bodyStart: 0 };
    }
  }
  if (key === undefined || !hasValue) return { entries: {}, bodyStart: 0 };
  return { entries, bodyStart: i };
}
