// Name picking per culture and gender, avoiding names already used in the project.
import type { Rng } from './rng';
import { NAMES, weightEntries, type Weights } from './tables';
import type { Gender } from './types';

export interface PickedName {
  first: string;
  last: string;
  full: string;
  /** Extra names the character is known by (e.g. a machine's serial designation). */
  aliases: string[];
}

/** Picks an unused first+family name from a culture chosen by weight; first names never repeat in a cast. */
export function pickPersonName(rng: Rng, cultures: Weights, gender: Gender, used: Set<string>): PickedName {
  const [keys, weights] = weightEntries(cultures);
  for (let attempt = 0; attempt < 40; attempt++) {
    const pool = NAMES.cultures[rng.weighted(keys, weights)] ?? NAMES.cultures.anglo!;
    const firsts =
      gender === 'female'
        ? pool.female
        : gender === 'male'
          ? pool.male
          : pool.neutral.length > 0
            ? pool.neutral
            : [...pool.female, ...pool.male];
    const first = rng.pick(firsts);
    const last = rng.pick(pool.family);
    const full = `${first} ${last}`;
    // Family names may repeat only when the pool is nearly exhausted (a cast of strangers rarely shares one).
    if (
      used.has(first.toLowerCase()) ||
      used.has(full.toLowerCase()) ||
      (attempt < 25 && used.has(`family:${last.toLowerCase()}`))
    )
      continue;
    used.add(`family:${last.toLowerCase()}`);
    used.add(first.toLowerCase());
    used.add(full.toLowerCase());
    return { first, last, full, aliases: [first] };
  }
  // Every combination tried is taken: fall back to a numbered name so generation never fails.
  const n = used.size + 1;
  const first = `Extra ${n}`;
  used.add(first.toLowerCase());
  return { first, last: '', full: first, aliases: [] };
}

/**
 * Marks a name the cast already has as taken: the whole name, each of its words as a first name, and its last word
 * as a family name, so no invented name shares a word with it.
 */
export function reserveName(used: Set<string>, name: string): void {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  used.add(words.join(' '));
  for (const w of words) used.add(w);
  if (words.length > 1) used.add(`family:${words[words.length - 1]}`);
}

/** Picks a friendly machine name with a serial designation as alias ("Pip", alias "Unit K-47"). */
export function pickMachineName(rng: Rng, used: Set<string>): PickedName {
  const m = NAMES.machine;
  const free = m.names.filter((n) => !used.has(n.toLowerCase()));
  const first = free.length > 0 ? rng.pick(free) : `${rng.pick(m.letters)}${rng.int(1, 99)}`;
  const designation = `${rng.pick(m.prefixes)} ${rng.pick(m.letters)}-${rng.int(10, 99)}`;
  used.add(first.toLowerCase());
  return { first, last: '', full: first, aliases: [designation] };
}
