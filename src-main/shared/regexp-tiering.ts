// Makes V8 compile regular expressions straight to machine code, for processes that parse text right after start.
import { setFlagsFromString } from 'node:v8';

/**
 * By default V8 runs each regular expression through its bytecode interpreter first and compiles it only once it
 * is hot. The message parser and the offline engine use hundreds of large alternations (lexicon words, relation
 * words) once each per message, so a fresh process spent most of its first `parse` interpreting them: measured
 * with `storyloom bench --only cold_start`, the first parse of a short message took ~270 ms interpreted and ~70 ms
 * compiled. Call this before the first expression runs; later changes of the flag only affect new compilations.
 */
export function compileRegExpsEagerly(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
