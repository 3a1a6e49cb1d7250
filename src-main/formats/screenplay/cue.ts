// Character cue reading: speaker name, extensions and dual-dialogue marker from a cue line.

/** A cue split into its parts. */
export interface ParsedCue {
  name: string;
  extension?: string;
  /** The cue ended with `^`: the right half of a dual-dialogue pair. */
  dualRight: boolean;
}

/**
 * Splits a cue line (`@McCLANE (V.O.) ^`, `EVE (cont'd)`) into name, extension and dual marker.
 * Several parenthesised extensions are joined with `, ` so the value survives a round trip.
 */
export function parseCue(line: string): ParsedCue {
  let text = line.trim();
  const dualRight = text.endsWith('^');
  if (dualRight) text = text.slice(0, -1).trimEnd();
  if (text.startsWith('@')) text = text.slice(1).trimStart();
  const paren = text.indexOf('(');
  const name = (paren >= 0 ? text.slice(0, paren) : text).trim();
  const extensions: string[] = [];
  if (paren >= 0) {
    // Every "(...)" group after the name is an extension; stray text between groups is ignored.
    for (const match of text.slice(paren).matchAll(/\(([^)]*)\)?/g)) {
      const inner = (match[1] ?? '').trim();
      if (inner) extensions.push(inner);
    }
  }
  const cue: ParsedCue = { name, dualRight };
  if (extensions.length > 0) cue.extension = extensions.join(', ');
  return cue;
}

/**
 * True when a trimmed line reads as a non-forced character cue: the name part (before any `(`)
 * has at least one upper-case letter and no lower-case one, and does not end like a sentence.
 */
export function looksLikeCue(trimmed: string): boolean {
  if (trimmed.startsWith('@')) return trimmed.length > 1;
  const cue = parseCue(trimmed);
  const name = cue.name;
  if (!name || !/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return false;
  // "BANG!" or "WHAT?" followed by a line is shouted action, not a speaker.
  return !/[!?,;:]$/.test(name);
}

/** Formats a cue back to text: `NAME (EXT)` with `^` for the right half of dual dialogue. */
export function formatCue(name: string, extension: string | undefined, dualRight: boolean): string {
  return `${name}${extension ? ` (${extension})` : ''}${dualRight ? ' ^' : ''}`;
}
