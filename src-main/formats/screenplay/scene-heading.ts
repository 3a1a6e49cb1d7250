// Scene heading reading: INT./EXT. prefix, location, time of day and forced scene number.
import type { IntExt } from './types';

/** Prefixes that make a line a scene heading when followed by a dot or a space (Fountain spec). */
const HEADING_PREFIX = /^(INT\.?\s*\/\s*EXT|I\.?\/E|INT|EXT|EST)(?:[.\s]|$)/i;

/** Words that open the time-of-day part of a heading (`- DAY`, `-- LATER`, `- CONTINUOUS`). */
const TIME_WORDS = new Set([
  'DAY',
  'NIGHT',
  'MORNING',
  'AFTERNOON',
  'EVENING',
  'DAWN',
  'DUSK',
  'SUNRISE',
  'SUNSET',
  'NOON',
  'MIDNIGHT',
  'TWILIGHT',
  'LATER',
  'CONTINUOUS',
  'MOMENTS',
  'SAME',
  'MAGIC',
  'PRE-DAWN',
  'FLASHBACK',
]);

/** A heading broken into the parts the document model stores. */
export interface HeadingParts {
  heading: string;
  sceneNumber?: string;
  intExt: IntExt;
  locationName: string;
  timeOfDay?: string;
}

/** True when a trimmed line starts like a scene heading (INT., EXT, EST., INT./EXT., I/E…). */
export function hasHeadingPrefix(trimmed: string): boolean {
  return HEADING_PREFIX.test(trimmed) && trimmed.length > 3;
}

/** Splits a trailing `#12A#` scene number off a heading line. */
export function splitSceneNumber(line: string): { text: string; sceneNumber?: string } {
  const match = /\s*#([^#\s][^#]*)#\s*$/.exec(line);
  if (!match) return { text: line.trim() };
  return { text: line.slice(0, match.index).trim(), sceneNumber: (match[1] ?? '').trim() };
}

function intExtOf(prefix: string): IntExt {
  const p = prefix.toUpperCase().replace(/[.\s]/g, '');
  if (p === 'INT/EXT' || p === 'I/E') return 'INT/EXT';
  if (p === 'INT') return 'INT';
  if (p === 'EXT') return 'EXT';
  return 'OTHER';
}

/** Separates location from time of day at the first ` - ` / `--` segment that starts with a time word. */
function splitLocation(rest: string): { locationName: string; timeOfDay?: string } {
  const segments = rest
    .split(/\s+[-–—]+\s+|\s*--+\s*|\s+[–—]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (segments.length === 0) return { locationName: '' };
  let cut = segments.findIndex((s, i) => i > 0 && TIME_WORDS.has((s.split(/\s+/)[0] ?? '').toUpperCase()));
  if (cut < 0 && segments.length > 1) cut = segments.length - 1;
  if (cut < 0) {
    // "INT HOUSE DAY": no separator, but a trailing time word still reads as the time of day.
    const words = rest.trim().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (words.length > 1 && TIME_WORDS.has(last.toUpperCase())) {
      return { locationName: words.slice(0, -1).join(' '), timeOfDay: last };
    }
    return { locationName: rest.trim() };
  }
  return { locationName: segments.slice(0, cut).join(' - '), timeOfDay: segments.slice(cut).join(' - ') };
}

/**
 * Parses a heading line (with or without forced `.` and `#n#`) into its parts.
 * Forced headings without an INT/EXT prefix get `OTHER` and the whole text as location.
 */
export function parseHeading(line: string, sceneNumberOverride?: string): HeadingParts {
  let { text, sceneNumber } = splitSceneNumber(line.trim());
  if (sceneNumberOverride !== undefined) sceneNumber = sceneNumberOverride;
  if (text.startsWith('.') && !text.startsWith('..')) text = text.slice(1).trimStart();
  const match = HEADING_PREFIX.exec(text);
  const parts: HeadingParts = { heading: text, intExt: 'OTHER', locationName: '' };
  if (sceneNumber) parts.sceneNumber = sceneNumber;
  const rest = match ? text.slice((match[1] ?? '').length).replace(/^[.\s\-–—]+/, '') : text;
  if (match) parts.intExt = intExtOf(match[1] ?? '');
  const { locationName, timeOfDay } = splitLocation(rest);
  parts.locationName = locationName;
  if (timeOfDay) parts.timeOfDay = timeOfDay;
  return parts;
}
