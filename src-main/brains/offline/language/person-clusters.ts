// Merges person-name mentions into characters: honorifics, first/last-name subsets, nicknames, gender.
import type { NameMention } from './name-mentions';
import {
  HONORIFICS,
  NICKNAMES,
  SURNAME_STYLE,
  honorificStatus,
  type TitleStatus,
  nameTag,
} from './word-tables';

/** A merged person: all the mentions that the text supports as one character. */
export interface PersonCluster {
  first?: string;
  last?: string;
  words: Set<string>;
  gender?: 'female' | 'male';
  count: number;
  /** Surface form → occurrences. */
  surfaces: Map<string, number>;
  /** Name-word count of the most complete form seen. */
  fullLength: number;
  mentions: NameMention[];
  /** Status stated by the cluster's titled forms ("Mrs.", "Miss", "Dr.", "Colonel", "Sir"); conflicting ones never merge. */
  status?: TitleStatus;
  /** Canonical words used without any honorific ("Elizabeth", not only "Sir Henry"). */
  bareWords: Set<string>;
}

interface Form {
  honorific?: string;
  words: string[];
  gender?: 'female' | 'male';
  status?: TitleStatus;
  mentions: NameMention[];
}

const formStatus = (honorific: string | undefined): TitleStatus | undefined =>
  honorific ? honorificStatus(honorific.toLowerCase()) : undefined;

/**
 * Whether two title statuses can name one person. "Colonel Fane" and "Mr. Fane", or "Lady Cardew" and
 * "Miss Cardew", are two people of one family; only "Mr." and a professional title ("Dr.") are used of one man.
 */
function statusesAgree(a?: TitleStatus, b?: TitleStatus): boolean {
  if (!a || !b || a === b) return true;
  const pair = new Set([a, b]);
  return pair.has('plain') && pair.has('professional');
}

const isNickname = (w: string): boolean => NICKNAMES.has(w);

const canon = (w: string): string => NICKNAMES.get(w) ?? w;

function formGender(honorific: string | undefined, words: string[]): 'female' | 'male' | undefined {
  const g = honorific ? HONORIFICS.get(honorific.toLowerCase()) : undefined;
  if (g === 'female' || g === 'male') return g;
  if (words.length > 1 || !honorific || !SURNAME_STYLE.has(honorific.toLowerCase())) {
    const t = nameTag(words[0]!);
    if (t === 'female' || t === 'male') return t;
  }
  return undefined;
}

const compatible = (a?: string, b?: string): boolean => !a || !b || a === b;

/**
 * Groups person mentions into clusters; linear in the number of distinct name forms per word. `links` are pairs
 * the text declares to be one person ("Elizabeth, whom everyone called Lizzy"): their clusters are joined after.
 * `addressed` holds the mentions used to address someone in dialogue (a pet name said to a titled friend);
 * `stated` the genders that appositions give mentions ("her father , old Tolley").
 */
export function clusterPersons(
  mentions: readonly NameMention[],
  links: readonly (readonly [NameMention, NameMention])[] = [],
  addressed: ReadonlySet<NameMention> = new Set(),
  stated: ReadonlyMap<NameMention, 'female' | 'male'> = new Map(),
): PersonCluster[] {
  const forms = new Map<string, Form>();
  for (const m of mentions) {
    const words = m.words.map((w) => w.toLowerCase()).filter((w) => !/^['’]s$/.test(w));
    if (words.length === 0) continue;
    // A gender the text states beside the mention ("her father , old Tolley") makes it a form of its own.
    const said = stated.get(m);
    const id = `${m.honorific?.toLowerCase() ?? ''}|${words.join(' ')}|${said ?? ''}`;
    let f = forms.get(id);
    if (!f) {
      const status = formStatus(m.honorific);
      f = {
        honorific: m.honorific,
        words,
        gender: formGender(m.honorific, words) ?? said,
        ...(status ? { status } : {}),
        mentions: [],
      };
      forms.set(id, f);
    }
    f.mentions.push(m);
  }
  // Most complete forms first, so shorter ones can attach to them; honorific forms anchor gender;
  // a diminutive comes after the full first names it may join.
  const ordered = [...forms.values()].sort(
    (a, b) =>
      b.words.length - a.words.length ||
      Number(!!b.honorific) - Number(!!a.honorific) ||
      Number(isNickname(a.words[0]!)) - Number(isNickname(b.words[0]!)) ||
      b.mentions.length - a.mentions.length,
  );
  const clusters: PersonCluster[] = [];
  const byWord = new Map<string, PersonCluster[]>();
  for (const f of ordered) {
    const target = f.words.length > 1 ? findFull(f) : findSingle(f);
    const c = target ?? newCluster(f);
    add(c, f);
  }
  return joinLinked(clusters, links);

  function findFull(f: Form): PersonCluster | undefined {
    const first = canon(f.words[0]!);
    const last = f.words[f.words.length - 1]!;
    const agrees = (c: PersonCluster): boolean =>
      compatible(c.gender, f.gender) && statusesAgree(c.status, f.status);
    const same = (byWord.get(last) ?? []).find((c) => c.last === last && c.first === first && agrees(c));
    if (same) return same;
    // "Pyotr Ivanovich" beside "Pyotr Ivanovich Lebedev", "John Henry" beside "John Henry Orme": a longer name's
    // first words, the first name and a middle name or patronymic, are that person.
    return (byWord.get(last) ?? []).find(
      (c) =>
        c.first === first &&
        c.fullLength > f.words.length &&
        f.words.every((w) => c.words.has(canon(w))) &&
        agrees(c),
    );
  }

  function findSingle(f: Form): PersonCluster | undefined {
    const raw = f.words[0]!;
    const w = canon(raw);
    const surnameFirst = !!f.honorific && SURNAME_STYLE.has(f.honorific.toLowerCase());
    const cands = (byWord.get(w) ?? []).filter(
      (c) =>
        compatible(c.gender, f.gender) &&
        statusesAgree(c.status, f.status) &&
        // "Mrs. Lennox" next to "Mary Lennox" is nearly always her mother: a married-style surname joins
        // a full name only when that name was itself written with "Mrs.".
        !(
          surnameFirst &&
          f.status === 'married' &&
          c.first !== undefined &&
          c.first !== w &&
          c.status !== 'married'
        ) &&
        // "Aunt Orrell", "Lord Wexley": a title normally put before a first name ("Aunt Polly", "Sir Walter")
        // but written before a full name's surname names another member of the family ("Frank Orrell").
        !(
          f.honorific &&
          !surnameFirst &&
          c.first !== undefined &&
          c.first !== w &&
          c.last === w &&
          c.status === undefined
        ) &&
        // A diminutive ("Harry") joins a person the text also names plainly ("Henry"), not one only ever
        // called by a title ("Sir Henry"): a titled character is rarely given a pet name by the narrator.
        // Friends do use one in speech, though: "Harry" said to "Lord Henry" in dialogue is him. A word the
        // person's titled name itself uses ("Alec" of "Uncle Alec") is no pet name at all.
        (raw === w ||
          c.bareWords.has(w) ||
          f.mentions.some((m) => addressed.has(m)) ||
          [...c.surfaces.keys()].some((s) => s.toLowerCase().split(/\s+/).includes(raw))),
    );
    if (cands.length === 0) return undefined;
    const rank = (c: PersonCluster): number => {
      if (surnameFirst) return c.last === w ? 2 : c.first === w ? 1 : 0;
      return c.first === w ? 2 : c.last === w ? 1 : 0;
    };
    // A surname alone is how period prose names a man ("Munro" beside "Colonel Munro" and "Cora Munro"): between
    // people it fits equally, the man is meant, then the one named more.
    const bareSurname = (c: PersonCluster): number =>
      !f.honorific && c.last === w && c.first !== w && c.gender === 'male' ? 1 : 0;
    let best: PersonCluster | undefined;
    for (const c of cands) {
      if (!best) {
        best = c;
        continue;
      }
      const byRank = rank(c) - rank(best);
      const tieBreak = bareSurname(c) - bareSurname(best) || c.count - best.count;
      if (byRank > 0 || (byRank === 0 && tieBreak > 0)) best = c;
    }
    return best;
  }

  function newCluster(f: Form): PersonCluster {
    const single = f.words.length === 1;
    const surnameStyle = !!f.honorific && SURNAME_STYLE.has(f.honorific.toLowerCase());
    const c: PersonCluster = {
      first: single && surnameStyle ? undefined : canon(f.words[0]!),
      last: single ? (surnameStyle ? f.words[0] : undefined) : f.words[f.words.length - 1],
      words: new Set(),
      gender: f.gender,
      count: 0,
      surfaces: new Map(),
      fullLength: f.words.length,
      mentions: [],
      bareWords: new Set(),
    };
    clusters.push(c);
    return c;
  }

  function add(c: PersonCluster, f: Form): void {
    c.gender ??= f.gender;
    c.status ??= f.status;
    if (!f.honorific) for (const raw of f.words) c.bareWords.add(canon(raw));
    c.count += f.mentions.length;
    for (const m of f.mentions) {
      c.mentions.push(m);
      c.surfaces.set(m.surface, (c.surfaces.get(m.surface) ?? 0) + 1);
    }
    for (const raw of f.words) {
      const w = canon(raw);
      if (c.words.has(w)) continue;
      c.words.add(w);
      const list = byWord.get(w);
      if (list) list.push(c);
      else byWord.set(w, [c]);
    }
  }
}

/** Joins the clusters of linked mentions when their genders and titles agree; the bigger cluster absorbs the other. */
function joinLinked(
  clusters: PersonCluster[],
  links: readonly (readonly [NameMention, NameMention])[],
): PersonCluster[] {
  if (links.length === 0) return clusters;
  const of = new Map<NameMention, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) of.set(m, c);
  const gone = new Set<PersonCluster>();
  for (const [x, y] of links) {
    const a = of.get(x);
    const b = of.get(y);
    if (!a || !b || a === b || !compatible(a.gender, b.gender) || !statusesAgree(a.status, b.status))
      continue;
    const [keep, drop] = a.count >= b.count ? [a, b] : [b, a];
    absorb(keep, drop);
    for (const m of drop.mentions) of.set(m, keep);
    gone.add(drop);
  }
  return clusters.filter((c) => !gone.has(c));
}

function absorb(keep: PersonCluster, drop: PersonCluster): void {
  keep.gender ??= drop.gender;
  keep.status ??= drop.status;
  keep.count += drop.count;
  keep.fullLength = Math.max(keep.fullLength, drop.fullLength);
  for (const w of drop.words) keep.words.add(w);
  for (const w of drop.bareWords) keep.bareWords.add(w);
  keep.mentions.push(...drop.mentions);
  for (const [s, n] of drop.surfaces) keep.surfaces.set(s, (keep.surfaces.get(s) ?? 0) + n);
}
