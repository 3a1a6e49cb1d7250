// Character designer stage: a cast fitted to the story's roles, setting, genre and premise.
import { storyContext } from './context';
import { storyLook } from './look';
import { pickMachineName, pickPersonName, reserveName, type PickedName } from './names';
import { derivePremise } from './premise';
import { type Rng, stageRng } from './rng';
import { storyChoices } from './story';
import { ARCHETYPES, GENRES, type ArchetypeTemplate } from './tables';
import { article, capitalize, clamp, fill, gerundPhrase, listJoin, round, slug } from './text';
import type { BriefPerson, IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import { briefWorld, briefYear, periodSafe, storyWant } from './brief-fit';
import { cultureFor } from './place-cultures';
import type { CharacterDraft, Gender, GenerateParams, Personality, StoryDraft } from './types';
import { chooseRegister, voiceNotesFor } from './voice';

const GENERIC_HEADS = new Set([
  'person',
  'woman',
  'man',
  'girl',
  'boy',
  'kid',
  'child',
  'teenager',
  'teen',
  'stranger',
  'mother',
  'father',
  'sister',
  'brother',
  'daughter',
  'son',
  'widow',
  'widower',
  'grandmother',
  'grandfather',
  'couple',
  'friend',
]);
const TRAIT_KEYS: (keyof Personality)[] = [
  'openness',
  'conscientiousness',
  'extraversion',
  'agreeableness',
  'neuroticism',
];
const HIGH_TRAIT: Record<keyof Personality, [string, string]> = {
  openness: ['imaginative', 'conventional'],
  conscientiousness: ['meticulous', 'scattered'],
  extraversion: ['outgoing', 'reserved'],
  agreeableness: ['generous', 'prickly'],
  neuroticism: ['anxious', 'unflappable'],
};

function castList(story: StoryDraft, genreKey: string): string[] {
  const base = ARCHETYPES.casts[story.kind] ?? ARCHETYPES.casts['short-film'];
  const swap = ARCHETYPES.supportSwap[genreKey] ?? {};
  const out: string[] = [];
  for (const a of base) {
    const s = swap[a] ?? a;
    out.push(out.includes(s) ? a : s);
  }
  return out;
}

function personalityFor(rng: Rng, a: ArchetypeTemplate, bias: Partial<Personality>): Personality {
  const p = {} as Personality;
  for (const k of TRAIT_KEYS)
    p[k] = round(clamp(a.personality[k] + (bias[k] ?? 0) + rng.float(-0.12, 0.12), 0.02, 0.98));
  return p;
}

function genderFor(rng: Rng, hint: Gender | undefined): Gender {
  return hint ?? rng.weighted<Gender>(['female', 'male', 'nonbinary'], [0.46, 0.46, 0.08]);
}

function personalityTraits(p: Personality): string[] {
  const out: string[] = [];
  for (const k of TRAIT_KEYS) {
    if (p[k] >= 0.72) out.push(HIGH_TRAIT[k][0]);
    else if (p[k] <= 0.28) out.push(HIGH_TRAIT[k][1]);
  }
  return out;
}

/**
 * Generates ≥ 3 characters (protagonist, antagonist, supporting…) whose goals and arcs come from the
 * logline and theme, with names that fit the setting and never repeat `existing` names.
 */
export function generateCharacters(
  story: StoryDraft,
  params: GenerateParams,
  existing: readonly { name: string }[] = [],
  brief?: IdeaBrief,
): CharacterDraft[] {
  const rng = stageRng(story.seed, 'characters');
  const ctx = storyContext(story);
  const named = (brief?.people ?? []).filter(
    (p) => !existing.some((e) => e.name.toLowerCase() === p.name.toLowerCase()),
  );
  const premise = derivePremise(params, ctx.setting.occupations);
  const choices = storyChoices(story.seed, ctx.genreKey);
  const look = storyLook(ctx.genre, story);
  const used = new Set<string>();
  for (const e of existing) reserveName(used, e.name);
  const arcPair = premise.motifs[0]?.arc ?? rng.pick(ctx.genre.arcs);
  const roles = fitRoles(castList(story, ctx.genreKey), named);
  const cast = assignPeople(roles, named);
  // An invented "Dolores Ruiz" beside the idea's "Hector Ruiz" would read as his family, and be taken for him.
  for (const p of named) reserveName(used, p.name);
  // Invented names lean to the idea's place ("a Lisbon story gets Portuguese-leaning names").
  const cultures = cultureFor(briefWorld(brief)) ?? ctx.setting.cultures;
  // A period story draws only jobs the period had (no baristas in 1890s Edinburgh).
  const occupationsLeft = rng.shuffle(periodSafe(ctx.setting.occupations, briefYear(brief)));
  const takeOccupation = (avoid: string) =>
    occupationsLeft.find((o, i) => o !== avoid && occupationsLeft.splice(i, 1)) ?? 'drifter';

  // Names first, so goal templates can mention the protagonist and antagonist by name.
  const genders: Gender[] = roles.map((_, i) =>
    cast[i]
      ? (cast[i]!.gender ?? genderFor(rng, undefined))
      : i === 0 && premise.isMachine && named.length === 0
        ? 'unspecified'
        : genderFor(rng, i === 0 ? premise.gender : undefined),
  );
  const picked: PickedName[] = roles.map((_, i) =>
    cast[i]
      ? briefName(cast[i]!)
      : i === 0 && premise.isMachine && named.length === 0
        ? pickMachineName(rng, used)
        : pickPersonName(rng, cultures, genders[i]!, used),
  );
  const protag = picked[0]!;
  const antagIndex = roles.indexOf('antagonist');
  const antag = picked[antagIndex >= 0 ? antagIndex : 1] ?? protag;
  const want = storyWant(brief, premise.want);
  const slots: Record<string, string> = {
    want,
    WantCap: capitalize(want),
    wanting: gerundPhrase(want),
    Protag: protag.first,
    Antag: antag.first,
    theme: story.theme,
    stakes: choices.stakes,
    force: choices.force,
    setting: story.setting,
    from: arcPair[0],
    to: arcPair[1],
  };

  const keys = new Set<string>();
  let leadAge: number | undefined;
  return roles.map((archKey, i): CharacterDraft => {
    const a = ARCHETYPES.archetypes[archKey]!;
    const name = picked[i]!;
    const person = cast[i];
    const isMachine = person
      ? /\b(robot|android|ai|machine|droid)\b/i.test(`${person.epithet ?? ''} ${person.occupation ?? ''}`)
      : i === 0 && premise.isMachine && named.length === 0;
    const personality = personalityFor(rng, a, ctx.genre.personality);
    const register = chooseRegister(rng, personality, look.register, isMachine);
    let occupation: string;
    if (i === 0) {
      occupation = isMachine
        ? `${rng.pick(['maintenance', 'sanitation', 'delivery', 'service', 'recycling'])} ${premise.head}`
        : !premise.fromIdea || !GENERIC_HEADS.has(premise.head)
          ? premise.head
          : takeOccupation('');
    } else
      occupation =
        a.role === 'antagonist' && GENRES.forceRoles[choices.force]
          ? GENRES.forceRoles[choices.force]!
          : takeOccupation(premise.head);
    if (person)
      occupation = person.occupation ?? (named.length > 0 && i === 0 ? takeOccupation('') : occupation);
    // A named child or teenager without a stated job goes to school rather than to work.
    if (person && !person.occupation && person.age !== undefined && person.age < 18) occupation = 'student';
    const [ageLo, ageHi] = isMachine ? [4, 30] : a.age;
    const drawn = rng.int(ageLo, ageHi);
    const age = person?.age ?? kinAge(person, leadAge) ?? drawn;
    if (i === 0) leadAge = age;
    const traits = [
      ...new Set([
        ...(i === 0 ? premise.adjectives : []),
        ...rng.sample(a.traits, 2),
        ...personalityTraits(personality),
      ]),
    ].slice(0, 6);
    const goals = a.goals.map((g) => fill(g, slots));
    const arc = fill(rng.pick(a.arcs), { ...slots, fate: a.fates ? rng.pick(a.fates) : 'changed' });
    const appearance = isMachine
      ? `${capitalize(rng.pick(ARCHETYPES.appearance.machine))}; ${rng.pick(['a hand-painted name stencil', 'a patched shoulder joint', 'a cracked speaker grille'])}.`
      : `${capitalize(rng.pick(ARCHETYPES.appearance.builds))}, with ${rng.pick(ARCHETYPES.appearance.hair)} and ${rng.pick(ARCHETYPES.appearance.features)}; usually wears ${rng.pick(ctx.setting.wardrobe)}.`;
    const emotionalState =
      i === 0 && premise.adjectives.length > 0
        ? premise.adjectives[premise.adjectives.length - 1]!
        : rng.pick(a.emotional);
    const roleLine =
      a.role === 'protagonist'
        ? `${capitalize(listJoin(traits.slice(0, 2)))}, ${name.first} wants to ${want}.`
        : a.role === 'antagonist'
          ? `${name.first} embodies ${choices.force}.`
          : a.role === 'minor'
            ? `A ${a.label} who keeps an eye on ${protag.first}.`
            : `${capitalize(a.label)} to ${protag.first}.`;
    const where = briefWorld(brief) ?? `the ${story.setting}`;
    const description = person?.epithet
      ? `${name.full}, ${person.epithet}, is ${article(occupation)} ${occupation} in ${where}. ${roleLine}`
      : `${name.full} is ${article(occupation)} ${occupation} in ${where}. ${roleLine}`;
    let key = `char-${slug(name.first)}`;
    for (let n = 2; keys.has(key); n++) key = `char-${slug(name.first)}-${n}`;
    keys.add(key);
    const aliases = [...name.aliases.filter((al) => al !== name.full)];
    if (a.role === 'antagonist' && name.last) aliases.push(name.last);
    return {
      key,
      name: name.full,
      aliases,
      age,
      gender: genders[i]!,
      occupation,
      role: person?.role === 'protagonist' || person?.role === 'antagonist' ? person.role : a.role,
      description,
      personality,
      goals,
      arc,
      traits,
      appearance,
      voiceNotes: voiceNotesFor(
        register,
        isMachine ? 'Voice has a faint synthetic buzz; takes words literally.' : '',
      ),
      emotionalState,
    };
  });
}

/** Makes room in the cast for every named person (a long list of names adds supporting parts). */
function fitRoles(roles: string[], named: readonly BriefPerson[]): string[] {
  const out = [...roles];
  const isAntagonist = (r: string) => ARCHETYPES.archetypes[r]?.role === 'antagonist';
  const open = out.filter((r, i) => i > 0 && !isAntagonist(r)).length;
  // Everyone but the lead needs a part; one antagonist takes the antagonist's, a second one an open part.
  const lead = named.find((p) => p.role === 'protagonist') ?? named[0];
  const rest = named.filter((p) => p !== lead);
  const antagonistPart =
    out.some((r, i) => i > 0 && isAntagonist(r)) && rest.some((p) => p.role === 'antagonist');
  const others = rest.length - (antagonistPart ? 1 : 0);
  for (let n = open; n < others; n++)
    out.push(out.find((r) => ARCHETYPES.archetypes[r]?.role === 'supporting') ?? out[out.length - 1]!);
  return out;
}

/** Which named person plays which part: the lead first, a stated antagonist as the antagonist, the rest in order. */
function assignPeople(roles: readonly string[], named: readonly BriefPerson[]): (BriefPerson | undefined)[] {
  const out: (BriefPerson | undefined)[] = roles.map(() => undefined);
  const lead = named.find((p) => p.role === 'protagonist') ?? named[0];
  if (lead) out[0] = lead;
  const antagSlot = roles.findIndex((r) => ARCHETYPES.archetypes[r]?.role === 'antagonist');
  for (const p of named) {
    if (p === lead) continue;
    const wantsAntag = p.role === 'antagonist' && antagSlot > 0 && !out[antagSlot];
    const slot = wantsAntag
      ? antagSlot
      : roles.findIndex((r, i) => i > 0 && !out[i] && ARCHETYPES.archetypes[r]?.role !== 'antagonist');
    if (slot > 0) out[slot] = p;
  }
  return out;
}

/** A named person's name as the cast uses it; a title word ("Nana Rose") keeps the bare name as an alias. */
function briefName(p: BriefPerson): PickedName {
  const words = p.name.split(/\s+/);
  const first = words[0]!;
  const aliases = words.length > 1 ? [words[words.length - 1]!] : [];
  return { first, last: words.length > 1 ? words[words.length - 1]! : '', full: p.name, aliases };
}

/** An age that fits the stated bond to the lead ("her daughter" is a generation younger). */
function kinAge(person: BriefPerson | undefined, leadAge: number | undefined): number | undefined {
  if (!person?.epithet || leadAge === undefined) return undefined;
  const e = person.epithet.toLowerCase();
  const gap = /grand(?:daughter|son|child)/.test(e)
    ? -52
    : /\b(?:daughter|son|nephew|niece)\b/.test(e)
      ? -27
      : /grand(?:mother|father|ma|pa)/.test(e)
        ? 50
        : /\b(?:mother|father|aunt|uncle)\b/.test(e)
          ? 27
          : undefined;
  return gap === undefined ? undefined : Math.max(6, Math.min(95, leadAge + gap));
}
