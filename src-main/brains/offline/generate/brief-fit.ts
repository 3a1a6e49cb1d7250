// How a story honours its idea brief: the lead, the place phrase and the want, shared by every offline stage.
import type { BriefPerson, IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { ANACHRONISMS, hasPhrase } from '../language/brief-words';
import { findPeriod } from '../language/periods';

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
  if (period && world) return /^\d/.test(period) ? `${period} ${world}` : `${world} (${period})`;
  return world ?? period;
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
