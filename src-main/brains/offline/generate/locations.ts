// Location scout stage: places drawn from the setting's templates, covering home, conflict and climax.
import { storyContext } from './context';
import { storyLook } from './look';
import { derivePremise } from './premise';
import { stageRng } from './rng';
import type { LocationTemplate } from './tables';
import { article, slug } from './text';
import type { BriefPlace, IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { briefWhere, briefWorld, briefYear, periodSafe } from './brief-fit';
import { titleCase } from './text';
import type { GenerateParams, LocationDraft, ProjectKind, StoryDraft } from './types';

const COUNT: Record<ProjectKind, number> = {
  'feature-film': 7,
  'series-episode': 5,
  'short-film': 3,
  'music-video': 3,
  commercial: 2,
};
/** Tags in the order a story needs them: a home, a place of conflict, then variety. */
const TAG_PRIORITY = [
  'home',
  'climax',
  'lair',
  'public',
  'work',
  'quiet',
  'threshold',
  'nature',
  'meeting',
  'action',
];
const NIGHT_TIMES = /NIGHT|DUSK|DARK/;

/** Orders time-of-day options so the story's look (night-heavy noir, bright comedy) comes first. */
function orderTimes(times: readonly string[], night: number): string[] {
  const nightFirst = night >= 0.5;
  return [...times].sort((a, b) => {
    const na = NIGHT_TIMES.test(a) ? 1 : 0;
    const nb = NIGHT_TIMES.test(b) ? 1 : 0;
    return nightFirst ? nb - na : na - nb;
  });
}

/**
 * Generates ≥ 2 locations fitting the story's setting. Names already in `existing` are skipped.
 * The protagonist's home gets the premise's props (paint tins for a painter, a guitar for a musician).
 */
export function generateLocations(
  story: StoryDraft,
  params: GenerateParams,
  existing: readonly { name: string }[] = [],
  brief?: IdeaBrief,
): LocationDraft[] {
  const rng = stageRng(story.seed, 'locations');
  const ctx = storyContext(story);
  const premise = derivePremise(params, ctx.setting.occupations);
  const look = storyLook(ctx.genre, story);
  const taken = new Set(existing.map((e) => e.name.toLowerCase()));
  const named = briefLocations(brief, taken, look.night);
  const count = Math.max(0, Math.min(COUNT[story.kind], ctx.setting.locations.length) - named.length);
  const year = briefYear(brief);
  const where = briefWhere(brief);
  const templates = rng.shuffle(ctx.setting.locations);
  const chosen: LocationTemplate[] = [];
  for (const tag of TAG_PRIORITY) {
    if (chosen.length >= count) break;
    const t = templates.find((x) => x.tags.includes(tag) && !chosen.includes(x));
    if (t) chosen.push(t);
  }
  for (const t of templates) if (chosen.length < count && !chosen.includes(t)) chosen.push(t);

  const motifProps = premise.motifs.flatMap((m) => m.props);
  const keys = new Set<string>(named.map((l) => l.key));
  const out: LocationDraft[] = [...named];
  for (const t of chosen) {
    const free = t.names.filter((n) => !taken.has(n.toLowerCase()));
    if (free.length === 0) continue;
    const name = rng.pick(free);
    taken.add(name.toLowerCase());
    const isHome = t.tags.includes('home');
    const props = periodSafe(
      [...new Set([...t.props, ...(isHome ? motifProps.slice(0, 3) : rng.sample(motifProps, 1))])],
      year,
    );
    const times = orderTimes(t.times, look.night);
    const light = NIGHT_TIMES.test(times[0]!) ? `By night: ${look.lighting}.` : `By day: ${look.palette}.`;
    let key = `loc-${slug(name)}`;
    for (let n = 2; keys.has(key); n++) key = `loc-${slug(name)}-${n}`;
    keys.add(key);
    out.push({
      key,
      name,
      setting: t.setting,
      description: `${where ? `In ${where}: ` : ''}${t.description} ${light}`,
      timeOfDayOptions: times,
      props,
    });
  }
  return out;
}

/** The places the idea names, as locations: cities and regions outside, venues and rooms as the brief says. */
function briefLocations(brief: IdeaBrief | undefined, taken: Set<string>, night: number): LocationDraft[] {
  if (!brief) return [];
  const world = briefWorld(brief);
  const out: LocationDraft[] = [];
  for (const p of brief.places) {
    const name = p.named ? p.name : titleCase(p.name);
    if (taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    const setting =
      p.interior === undefined ? (p.named ? 'exterior' : 'both') : p.interior ? 'interior' : 'exterior';
    out.push({
      key: `loc-${slug(name)}`,
      name,
      setting,
      description: describePlace(p, world, brief.period),
      timeOfDayOptions: orderTimes(['DAY', 'NIGHT', 'DUSK', 'MORNING'], night),
      props: [],
    });
  }
  return out;
}

function describePlace(p: BriefPlace, world: string | undefined, period: string | undefined): string {
  const when = period ? `, ${period}` : '';
  if (p.named) return `${p.name}${when}, as the story's idea names it.`;
  const within = world && !p.name.toLowerCase().includes(world.toLowerCase()) ? ` in ${world}` : '';
  return `${article(p.name)} ${p.name}${within}${when}.`;
}
