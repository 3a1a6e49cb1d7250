// Identifier and clock helpers: ULIDs for entities, ISO timestamps for records.
import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** A new, time-sortable unique id. */
export const newId = (): string => nextUlid();
/** The current time as an ISO-8601 string. */
export const nowIso = (): string => new Date().toISOString();
