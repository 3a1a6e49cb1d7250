// How a story honours its idea brief: the lead, the place phrase and the want, shared by every offline stage.
import type { BriefPerson, IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { ANACHRONISMS, hasPhrase } from '../language/brief-words';
import { findPeriod } from '../language/periods';
import { hash32 } from './rng';
import { MOTIFS } from './tables';

/** The brief's protagonist (or first person), if the idea names anyone. */
export function briefLead(brief: IdeaBrief | undefined): BriefPerson | undefined {
  return brief?.people.find((p) => p.role === 'protagonist') ?? brief?.people[0];
}

/** The first named place that is a city, region or vehicle (not a kind of place). */
export function briefWorld(brief: IdeaBrief | undefined): string | undefined {
  return (
    brief?.places.find((p) => p.named && p.interior === undefined)?.name ??
    brief?.places.find((p) => p.named)?.name
  );
}

/** "1950s Havana", "Lisbon", "1944": where and when the story happens, as the idea says it. */
export function briefWhere(brief: IdeaBrief | undefined): string | undefined {
  const world = briefWorld(brief);
  const period = brief?.period;
  // "Norwegian fjord", "Cornish coast": a kind of place named by its region reads with "the", and its year after.
  if (world && isCommonPlace(world)) return period ? `the ${world} in ${period}` : `the ${world}`;
  if (period && world) return /^\d/.test(period) ? `${period} ${world}` : `${world} (${period})`;
  return world ?? period;
}

/** Whether a place name ends in a common noun ("Norwegian fjord") rather than being a proper name ("Lisbon"). */
export function isCommonPlace(name: string): boolean {
  return /\s\p{Ll}[\p{L}-]*$/u.test(name);
}

/** The year the brief's period points at, when it has one. */
export function briefYear(brief: IdeaBrief | undefined): number | undefined {
  return brief?.period ? findPeriod(brief.period)?.year : undefined;
}

/** Drops props, wardrobe and words the period cannot have ("smartphone" in a 1920s story). */
export function periodSafe<T extends string>(items: readonly T[], year: number | undefined): T[] {
  if (year === undefined) return [...items];
  const banned = ANACHRONISMS.filter((a) => year < a.since).flatMap((a) => a.words);
  return items.filter((item) => !banned.some((w) => hasPhrase(item, w)));
}

/**
 * The lead's aim in base form ("steal a Vermeer"), or '' when the idea only states what happens to them ("forgets
 * his wedding day"): a predicate is not a goal, so goal templates keep their own wording then.
 */
export function briefGoal(brief: IdeaBrief | undefined): string {
  const want = brief?.premise.want.trim() ?? '';
  const first = want.split(/\s+/)[0] ?? '';
  return /^(?:is|has|does)$|[^s]s$|ies$/.test(first) && first !== 'see' ? '' : want;
}

/** What the lead does, as a third-person phrase for a logline ("steals a Vermeer", "loses his sense of taste"). */
export function briefAction(brief: IdeaBrief | undefined): string {
  const want = brief?.premise.want.trim() ?? '';
  return briefGoal(brief) ? '' : want;
}

/**
 * The want every stage uses: the brief's goal, else (when the idea names people, so the old premise parser would
 * only paste pieces of it) a stable table want, else the premise parser's own want.
 */
export function storyWant(brief: IdeaBrief | undefined, premiseWant: string): string {
  const goal = briefGoal(brief);
  if (goal) return goal;
  if (!brief || brief.people.length === 0) return premiseWant;
  const wants = MOTIFS.defaultWants;
  return wants[hash32(brief.idea) % wants.length] ?? premiseWant;
}
