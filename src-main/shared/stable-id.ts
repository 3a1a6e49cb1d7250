// Deterministic ULID-shaped ids: the same run and key always give the same id, so a repeated stage upserts.
import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 26-character Crockford id derived from `namespace` and `key` (time part from `timeMs`, sorted like a ULID). */
export function stableId(namespace: string, key: string, timeMs: number): string {
  let time = '';
  let t = Math.max(0, Math.floor(timeMs));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const digest = createHash('sha256').update(`${namespace}\u0000${key}`).digest();
  let random = '';
  for (let i = 0; i < 16; i++) random += CROCKFORD[digest[i]! % 32];
  return time + random;
}
