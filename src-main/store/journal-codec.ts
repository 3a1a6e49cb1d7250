// The write-ahead journal's text format: a header line, then one checksummed, numbered line per acknowledged action.
import * as zlib from 'node:zlib';
import { z } from 'zod';
import { ChangeSchema, CURRENT_SCHEMA_VERSION } from '../../src-preload/contract/project';
import { findForbiddenKey } from './project-file-codec';
import { cachedJson } from './serialize-project';
import type { SessionAction } from './session-actions';

/**
 * `storyloom-journal 1 schema <projectSchemaVersion>`: the journal's own format version, and the project schema
 * its records were written in (a record is only ever replayed onto a project of that schema).
 */
export const JOURNAL_HEADER = `storyloom-journal 1 schema ${CURRENT_SCHEMA_VERSION}\n`;

const ActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commit'), change: ChangeSchema }),
  z.strictObject({ kind: z.literal('undo'), at: z.string().max(64), changeId: z.string().max(64) }),
  z.strictObject({ kind: z.literal('redo'), at: z.string().max(64), changeId: z.string().max(64) }),
]);

/** CRC-32 (IEEE) table for the fallback where zlib has no crc32 (Node before 20.15). */
let table: Uint32Array | undefined;
export function crc32Fallback(text: string): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crc32: (text: string) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (text) => zlib.crc32(text) : crc32Fallback;

/**
 * CRC-32 of the sequence number and the payload: a torn record, or a flipped bit anywhere in it, never passes. (A
 * checksum against damage, not an adversary: a hand-made record still has to pass the schemas replay applies.)
 * zlib's native CRC keeps this a small part of a commit even for records of a hundred kilobytes.
 */
function checksum(seq: number, json: string): string {
  return crc32(`${seq} ${json}`).toString(16).padStart(8, '0');
}

/** The JSON of an action; a commit's change reuses (and seeds) the serializer's cache, as it joins the history. */
function actionJson(action: SessionAction): string {
  return action.kind === 'commit'
    ? `{"kind":"commit","change":${cachedJson(action.change)}}`
    : JSON.stringify(action);
}

/** One journal line: `<seq> <checksum> <json>\n` (JSON never contains a raw newline). */
export function encodeRecord(seq: number, action: SessionAction): string {
  const json = actionJson(action);
  return `${seq} ${checksum(seq, json)} ${json}\n`;
}

export interface JournalRecord {
  seq: number;
  action: SessionAction;
  /** Where the record's line starts in the journal text (what is dropped from a record on starts there). */
  offset: number;
}

export interface ParsedJournal {
  /** The valid records, in file order, up to the first torn or damaged line. */
  records: JournalRecord[];
  /** Where the first torn or damaged line starts (the text's length when every line is valid). */
  end: number;
  /** Why parsing stopped before the end, if it did. */
  stop: string | null;
}

/** Parses one line (without its newline); null when it is damaged in any way. */
function parseLine(line: string): { seq: number; action: SessionAction } | null {
  const first = line.indexOf(' ');
  const second = line.indexOf(' ', first + 1);
  if (first <= 0 || second <= first) return null;
  const seqText = line.slice(0, first);
  if (!/^\d{1,15}$/.test(seqText)) return null;
  const seq = Number(seqText);
  const json = line.slice(second + 1);
  if (line.slice(first + 1, second) !== checksum(seq, json)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (findForbiddenKey(raw)) return null;
  const parsed = ActionSchema.safeParse(raw);
  return parsed.success ? { seq, action: parsed.data as SessionAction } : null;
}

/**
 * Parses journal text. Reading stops at the first line that is torn (no newline: an append cut short, never
 * acknowledged) or damaged (bad checksum, JSON or shape). A header of another project schema is refused.
 */
export function parseJournal(text: string): ParsedJournal {
  if (text === '') return { records: [], end: 0, stop: null };
  if (!text.startsWith(JOURNAL_HEADER)) {
    const header = text.slice(0, text.indexOf('\n') >>> 0);
    if (/^storyloom-journal /.test(header) && text.includes('\n')) {
      return { records: [], end: 0, stop: `the journal was written for another format (${header})` };
    }
    // A header cut short can only come from a journal creation that never completed: nothing was acknowledged.
    return { records: [], end: 0, stop: text.includes('\n') ? 'the journal header is damaged' : null };
  }
  const records: JournalRecord[] = [];
  let offset = JOURNAL_HEADER.length;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return { records, end: offset, stop: 'a torn last record (an append cut short)' };
    const record = parseLine(text.slice(offset, newline));
    if (!record) return { records, end: offset, stop: 'a damaged record (checksum or format)' };
    records.push({ ...record, offset });
    offset = newline + 1;
  }
  return { records, end: offset, stop: null };
}
