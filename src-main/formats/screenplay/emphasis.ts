// Fountain emphasis handling: markers (*italic*, **bold**, _underline_) are dropped, words are kept.

const ESCAPED = /\\([*_\\])/g;
const PLACEHOLDER: Record<string, string> = { '*': '\u0001', _: '\u0002', '\\': '\u0003' };
const RESTORE: Record<string, string> = { '\u0001': '*', '\u0002': '_', '\u0003': '\\' };

/**
 * Removes paired emphasis markers and resolves `\*` / `\_` escapes to literal characters.
 * Pairs never span lines, and an opener must touch a word (`* not emphasis *` stays).
 */
export function stripEmphasis(text: string): string {
  let out = text.replace(ESCAPED, (_m, ch: string) => PLACEHOLDER[ch] ?? ch);
  out = out.replace(/\*\*\*(?=\S)([^*\n]*?\S)\*\*\*/g, '$1');
  out = out.replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1');
  out = out.replace(/\*(?=\S)([^*\n]*?\S)\*/g, '$1');
  out = out.replace(/(^|[^\p{L}\p{N}])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  return out.replace(/[\u0001-\u0003]/g, (ch) => RESTORE[ch] ?? ch);
}

/** Escapes characters that Fountain would read as emphasis or escapes, so text comes back verbatim. */
export function escapeEmphasis(text: string): string {
  return text.replace(/([\\*_])/g, '\\$1');
}
