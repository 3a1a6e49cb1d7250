// Scene-breakdown stage: beats → scenes with headings, cast, in-character elements, timing and breakdown tags.
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { makeBreakdown } from './breakdown';
import { briefWorld, briefYear, periodSafe } from './brief-fit';
import { storyContext } from './context';
import { kindProfile, sceneCount } from './durations';
import { storyLook } from './look';
import { partOf } from './relationships';
import { type Rng, stageRng } from './rng';
import { locationTags, planScenes, type PlannedScene } from './scene-plan';
import { firstName, writeElements, type SlotCast } from './scene-writing';
import { storyChoices } from './story';
import { SCENE_LINES, type BeatFunction } from './tables';
import { capitalize, fill, gerundPhrase, withThe } from './text';
import {
  SCENE_TYPES,
  type CharacterDraft,
  type LocationDraft,
  type RelationshipDraft,
  type SceneDraft,
  type SceneType,
  type StoryDraft,
} from './types';

/** Which supporting part best serves a beat function (mentor in the debate, love interest in the B story…). */
const PREFERRED_SUPPORT: Partial<Record<BeatFunction, string[]>> = {
  debate: ['mentor', 'confidant', 'ally'],
  bond: ['love', 'mentor', 'ally'],
  progress: ['ally', 'mentor', 'love'],
  reflection: ['mentor', 'confidant', 'love'],
  setup: ['confidant', 'ally', 'local'],
  climax: ['ally', 'mentor', 'love'],
  resolution: ['love', 'ally', 'confidant', 'mentor'],
};

function chooseSceneType(
  rng: Rng,
  plan: PlannedScene,
  story: StoryDraft,
  genreTypes: Record<string, number>,
): SceneType {
  const tpl = SCENE_LINES.functions[plan.fn];
  const w = SCENE_TYPES.map((t) => (tpl.types[t] ?? 0) * (genreTypes[t] ?? 1));
  if (story.kind === 'music-video') w[SCENE_TYPES.indexOf('performance')] = 2.5;
  if (
    story.kind === 'commercial' &&
    (plan.fn === 'midpoint' || plan.fn === 'climax' || plan.fn === 'resolution')
  )
    w[SCENE_TYPES.indexOf('product')] = 3;
  return rng.weighted(SCENE_TYPES, w);
}

function chooseLocation(
  rng: Rng,
  fnTags: string[],
  locations: readonly LocationDraft[],
  tags: Map<string, string[]>,
  uses: Map<string, number>,
  scenesLeft: number,
  previous: string | undefined,
): LocationDraft {
  // A cut moves the story on: the place of the scene before is not the next one's while there is another.
  const elsewhere = locations.length > 1 ? locations.filter((l) => l.key !== previous) : locations;
  const unused = elsewhere.filter((l) => (uses.get(l.key) ?? 0) === 0);
  // Make sure every location is used at least once before the scenes run out.
  const pool = unused.length >= scenesLeft && unused.length > 0 ? unused : elsewhere;
  const weights = pool.map((l) => {
    const lt = tags.get(l.key) ?? [];
    const fit = fnTags.reduce((a, t, i) => (lt.includes(t) ? a + (fnTags.length - i) * 2 : a), 0.5);
    return fit / (1 + (uses.get(l.key) ?? 0));
  });
  return rng.weighted(pool, weights);
}

/**
 * The place a heading names. The opening scene also names the idea's city or region when its place lies within it
 * ("INT. RENTED ROOM, LISBON"), as scripts establish where the story is.
 */
function headingPlace(loc: LocationDraft, world: string | undefined, opening: boolean): string {
  if (!opening || !world || loc.name.toLowerCase().includes(world.toLowerCase())) return loc.name;
  return `${loc.name}, ${world}`;
}

/**
 * Generates the scenes: follows the beat sheet, every scene has a location and ≥ 1 character,
 * durations sum to the story's target, dialogue uses each speaker's register.
 */
export function generateScenes(
  story: StoryDraft,
  characters: readonly CharacterDraft[],
  locations: readonly LocationDraft[],
  relationships: readonly RelationshipDraft[] = [],
  brief?: IdeaBrief,
): SceneDraft[] {
  if (characters.length === 0 || locations.length === 0 || story.beats.length === 0) return [];
  const rng = stageRng(story.seed, 'scenes');
  const ctx = storyContext(story);
  const look = storyLook(ctx.genre, story);
  const choices = storyChoices(story.seed, ctx.genreKey);
  const kind = kindProfile(story.kind);
  const plans = planScenes(rng, story, sceneCount(story.kind, story.targetDurationSec, story.beats.length));

  const protag = characters.find((c) => c.role === 'protagonist') ?? characters[0]!;
  const antag = characters.find((c) => c.role === 'antagonist' && c !== protag);
  const supports = characters.filter((c) => c !== protag && c !== antag);
  // Supporting characters who are tied to the protagonist come first: they are the ones with scenes together.
  const tiedToProtag = new Set(
    relationships
      .filter((r) => r.sourceKey === protag.key || r.targetKey === protag.key)
      .flatMap((r) => [r.sourceKey, r.targetKey]),
  );
  supports.sort((a, b) => Number(tiedToProtag.has(b.key)) - Number(tiedToProtag.has(a.key)));
  const want = (protag.goals[0] ?? 'win').replace(/^\w/, (c) => c.toLowerCase());
  const tagMap = new Map(locations.map((l) => [l.key, locationTags(l, ctx.setting)]));
  const uses = new Map<string, number>();
  const supportUses = new Map<string, number>();
  // The premise's activity (paint, music…) supplies the key props; other motifs and the locations fill in.
  const wantMotifs = ctx.motifs.filter((m) => m.match.some((k) => want.includes(k)));
  const keyProps = [...new Set(wantMotifs.flatMap((m) => m.props))];
  const year = briefYear(brief);
  const motifProps = periodSafe([...new Set(ctx.motifs.flatMap((m) => m.props))], year);
  // Named places read without an article ("at Lisbon" is wrong, "in Lisbon" right; "the Lisbon" is worse).
  const proper = new Set((brief?.places ?? []).filter((p) => p.named).map((p) => p.name.toLowerCase()));

  const world = briefWorld(brief);
  let previousKey: string | undefined;
  return plans.map((plan, i): SceneDraft => {
    const tpl = SCENE_LINES.functions[plan.fn];
    const sceneType = chooseSceneType(rng, plan, story, ctx.genre.sceneTypes);
    const loc = chooseLocation(rng, tpl.tags, locations, tagMap, uses, plans.length - i, previousKey);
    previousKey = loc.key;
    uses.set(loc.key, (uses.get(loc.key) ?? 0) + 1);
    const lt = tagMap.get(loc.key) ?? [];

    const prefs = PREFERRED_SUPPORT[plan.fn] ?? [];
    const support = [...supports].sort((a, b) => {
      const pa = prefs.indexOf(partOf(a));
      const pb = prefs.indexOf(partOf(b));
      return (
        (pa < 0 ? 9 : pa) - (pb < 0 ? 9 : pb) || (supportUses.get(a.key) ?? 0) - (supportUses.get(b.key) ?? 0)
      );
    })[0];
    const cast: SlotCast = { P: protag };
    if (tpl.cast.includes('S') && support) cast.S = support;
    if (tpl.cast.includes('A') && antag) cast.A = antag;
    if (!cast.S && tpl.cast.includes('S') && antag && !cast.A) cast.S = antag;
    if (cast.S) supportUses.set(cast.S.key, (supportUses.get(cast.S.key) ?? 0) + 1);
    const sceneChars = [cast.P!, cast.S, cast.A].filter((c): c is CharacterDraft => Boolean(c));

    const times = loc.timeOfDayOptions.length > 0 ? loc.timeOfDayOptions : ['DAY', 'NIGHT'];
    const timeOfDay = rng.weighted(
      times,
      times.map((t) => (/NIGHT|DUSK|DARK/.test(t) ? look.night : 1 - look.night) + 0.05),
    );
    const night = /NIGHT|DUSK|DARK/.test(timeOfDay);
    const exterior =
      loc.setting === 'exterior' ||
      (loc.setting === 'both' && (sceneType === 'action' || sceneType === 'establishing' || rng.chance(0.4)));
    const heading = `${exterior ? 'EXT' : 'INT'}. ${headingPlace(loc, world, i === 0).toUpperCase()} - ${timeOfDay}`;
    const motifProp =
      keyProps.length > 0 && rng.chance(0.7)
        ? rng.pick(keyProps)
        : rng.pick([...motifProps.slice(0, 4), ...loc.props, 'notebook']);
    const prop = loc.props.length > 0 ? rng.pick(loc.props) : motifProp;
    const slots: Record<string, string> = {
      P: firstName(cast.P),
      S: firstName(cast.S ?? cast.A),
      A: firstName(cast.A ?? cast.S),
      loc: proper.has(loc.name.toLowerCase()) ? loc.name : withThe(loc.name),
      prop: withThe(prop),
      motifProp: withThe(motifProp),
      want,
      wanting: gerundPhrase(want),
      wantNoun: `the chance to ${want}`,
      theme: story.theme,
      stakes: choices.stakes,
      inciting: choices.inciting,
      Inciting: capitalize(choices.inciting),
      Time: capitalize(timeOfDay.toLowerCase()),
      sense: capitalize(rng.pick(ctx.setting.sfx)),
    };
    const budget = Math.max(
      1,
      Math.min(kind.maxElements, Math.round((plan.durationSec / 60) * kind.elementsPerMin)),
    );
    const elements = writeElements(rng, tpl, cast, sceneType, budget, slots, {
      first: i === 0,
      last: i === plans.length - 1,
      humor: look.humor,
    });
    const summary = capitalize(fill(rng.pick(tpl.summaries), slots));
    const drawn = makeBreakdown(rng, {
      setting: ctx.setting,
      motifs: ctx.motifs,
      location: loc,
      locationTags: lt,
      cast: sceneChars,
      sceneType,
      exterior,
      night,
      motifProp,
      prop,
      genreKey: ctx.genreKey,
    });
    const breakdown = {
      props: periodSafe(drawn.props, year),
      wardrobe: periodSafe(drawn.wardrobe, year),
      vehicles: periodSafe(drawn.vehicles, year),
      vfx: periodSafe(drawn.vfx, year),
      sfx: periodSafe(drawn.sfx, year),
      extras: periodSafe(drawn.extras, year),
    };
    return {
      key: `scene-${i + 1}`,
      number: i + 1,
      heading,
      locationKey: loc.key,
      timeOfDay,
      characterKeys: sceneChars.map((c) => c.key),
      summary,
      elements,
      beatKey: plan.beat.key,
      durationSec: plan.durationSec,
      breakdown,
      sceneType,
    };
  });
}
