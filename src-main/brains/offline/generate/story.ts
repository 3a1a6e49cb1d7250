// Screenwriter stage: idea → title, logline, synopsis, tone, theme, setting and a timed beat sheet.
import {
  SETTING_FOR_GENRE,
  canonicalGenre,
  genreProfile,
  hasKeyword,
  inferGenre,
  inferSetting,
  settingProfile,
} from './context';
import { kindProfile, splitSeconds, targetDuration } from './durations';
import { computeLook } from './look';
import { derivePremise, type Premise } from './premise';
import { type Rng, stageRng } from './rng';
import { BEAT_SHEETS, GENRES, MOTIFS, SETTINGS, type GenreProfile } from './tables';
import { article, capitalize, fill, slug, thirdPersonPhrase, titleCase } from './text';
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import {
  briefAction,
  briefGoal,
  briefLead,
  briefWhere,
  briefWorld,
  briefYear,
  isCommonPlace,
  storyWant,
} from './brief-fit';
import { forLead } from './lead-pronouns';
import type { BeatDraft, GenerateParams, StoryDraft } from './types';

const GENRE_FOR_SETTING: Record<string, string> = {
  'near-future-city': 'sci-fi',
  'space-station': 'sci-fi',
  'medieval-village': 'fantasy',
  'western-frontier': 'western',
  'noir-city': 'noir',
};

/** Story-wide choices (opposing force, stakes, inciting incident) that later stages re-derive from seed + genre. */
export interface StoryChoices {
  force: string;
  stakes: string;
  inciting: string;
}

/** Deterministic opposing force, stakes and inciting incident for a seed and genre. */
export function storyChoices(seed: number, genreKey: string): StoryChoices {
  const rng = stageRng(seed, 'story-choices', genreKey);
  const g = genreProfile(genreKey);
  return { force: rng.pick(g.forces), stakes: rng.pick(g.stakes), inciting: rng.pick(g.incitings) };
}

/** Genre and setting keys for a parameter set (explicit parameters win over inference). */
export function resolveGenreAndSetting(params: GenerateParams): {
  genreKey: string;
  settingKey: string;
  settingLabel: string;
} {
  const text = `${params.idea} ${params.theme ?? ''} ${params.mood ?? ''} ${params.style ?? ''}`;
  let genreKey = canonicalGenre(params.genre) ?? inferGenre(text);
  const settingFromParams = params.setting ? inferSetting(params.setting, genreKey) : undefined;
  const settingFromIdea = inferSetting(`${params.idea} ${params.theme ?? ''}`, genreKey);
  const settingGuess = settingFromParams ?? settingFromIdea;
  if (!genreKey) genreKey = (settingGuess && GENRE_FOR_SETTING[settingGuess]) ?? GENRES.default;
  const settingKey = settingGuess ?? SETTING_FOR_GENRE[genreKey] ?? SETTINGS.default;
  const label = settingProfile(settingKey).label;
  // Keep the user's wording, but make sure the label still resolves to the same table (stages re-infer it).
  const custom = params.setting?.trim();
  const settingLabel = custom
    ? inferSetting(custom) === settingKey
      ? custom
      : `${custom}, ${label}`
    : label;
  return { genreKey, settingKey, settingLabel };
}

function chooseBeatSheet(rng: Rng, params: GenerateParams, genre: GenreProfile, totalSec: number): string {
  const kind = kindProfile(params.kind);
  const minScene = kind.sceneSec[0];
  const all = Object.keys(BEAT_SHEETS.sheets).sort();
  const fits = all.filter((k) => BEAT_SHEETS.sheets[k]!.beats.length * minScene <= totalSec);
  const pool =
    fits.length > 0
      ? fits
      : [
          all.reduce((a, b) =>
            BEAT_SHEETS.sheets[a]!.beats.length <= BEAT_SHEETS.sheets[b]!.beats.length ? a : b,
          ),
        ];
  const weights = pool.map((k) => (kind.beatSheets[k] ?? 0.05) * (genre.beatSheets[k] ?? 0.5));
  return rng.weighted(pool, weights);
}

function makeTitle(rng: Rng, genre: GenreProfile, premise: Premise): string {
  const motifNouns = premise.motifs.flatMap((m) => m.titleNouns);
  const noun = () =>
    motifNouns.length > 0 && rng.chance(0.7) ? rng.pick(motifNouns) : rng.pick(genre.titleNouns);
  const adj = () => rng.pick(genre.titleAdjs);
  const n1 = noun();
  let n2 = noun();
  if (n2 === n1) n2 = rng.pick(genre.titleNouns.filter((n) => n !== n1));
  const patterns = [
    `The ${adj()} ${n1}`,
    `${adj()} ${n1}`,
    `${n1} and ${n2}`,
    `The ${n1} of ${n2}`,
    `${n1}`,
    `${n1} for the ${capitalize(premise.head)}`,
  ];
  const weights = [3, 2, 2, 2, 1, premise.fromIdea ? 1.5 : 0];
  return titleCase(rng.weighted(patterns, weights));
}

/** Capitalises the first letter of every sentence (templates may start with a lower-case slot). */
function sentenceCase(text: string): string {
  return text.replace(/(^|[.!?]\s+)([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

/**
 * The genre as the idea writes it ("sports drama", "science fiction"), unless the user asked for another: a genre
 * read from the request that the idea's words only make more precise ("drama", "sci-fi") gives way to them.
 */
function writtenGenre(asked: string | undefined, written: string | undefined): string | undefined {
  if (!written) return undefined;
  if (!asked) return written;
  const same = canonicalGenre(asked) === canonicalGenre(written) || hasKeyword(written, asked);
  return same ? written : undefined;
}

/** Generates the story package (project-level fields and beats). Pure and deterministic for the params. */
export function generateStory(input: GenerateParams, brief?: IdeaBrief): StoryDraft {
  // The brief's genre word (as written) drives the tables; the user's explicit genre parameter still wins.
  const written = writtenGenre(input.genre, brief?.genre);
  const params = written ? { ...input, genre: written } : input;
  const rng = stageRng(params.seed, 'story');
  const { genreKey, settingKey, settingLabel } = resolveGenreAndSetting(params);
  const lead = briefLead(brief);
  const where = briefWhere(brief);
  const briefWant = briefGoal(brief);
  const action = briefAction(brief);
  const genre = genreProfile(genreKey);
  const setting = settingProfile(settingKey, briefYear(brief));
  const premise = derivePremise(params, setting.occupations);
  const tone = params.mood?.trim() || genre.tone;
  const look = computeLook(genre, `${params.style ?? ''} ${tone}`);
  const choices = storyChoices(params.seed, genreKey);
  const total = targetDuration(params, genreKey);
  const theme = params.theme?.trim() || premise.motifs[0]?.theme || MOTIFS.defaultTheme;

  const sheetKey = chooseBeatSheet(rng, params, genre, total);
  const sheet = BEAT_SHEETS.sheets[sheetKey]!;
  const protagThe = lead ? lead.name.split(' ')[0]! : `the ${premise.subject.replace(/^(a|an)\s+/i, '')}`;
  const settingPhrase = where ?? `${article(settingLabel)} ${settingLabel}`;
  const want = storyWant(brief, premise.want);
  const slots = {
    protag: protagThe,
    want,
    wantNoun: premise.motifs.find((m) => m.wantNoun)?.wantNoun ?? `the chance to ${want}`,
    theme,
    setting: settingPhrase,
    force: forLead(choices.force, lead?.gender, false),
    stakes: forLead(choices.stakes, lead?.gender),
    inciting: forLead(choices.inciting, lead?.gender),
    Inciting: capitalize(forLead(choices.inciting, lead?.gender)),
  };
  const seconds = splitSeconds(
    total,
    sheet.beats.map((b) => b.share),
  );
  const beats: BeatDraft[] = sheet.beats.map((b, i) => ({
    key: `beat-${i + 1}-${slug(b.name)}`,
    act: b.act,
    actName: b.actName,
    order: i,
    name: b.name,
    summary: sentenceCase(fill(forLead(b.summary, lead?.gender), slots)),
    targetSec: seconds[i]!,
  }));

  const leadPhrase = lead
    ? lead.occupation
      ? `${lead.occupation} ${lead.name}`
      : lead.name
    : premise.subject;
  const wants = action
    ? action
    : briefWant
      ? rng.pick([`sets out to ${briefWant}`, `has to ${briefWant}`, `is determined to ${briefWant}`])
      : premise.fromIdea && /\s(who|that)\s/i.test(premise.phrase)
        ? thirdPersonPhrase(premise.want)
        : rng.pick([
            `longs to ${premise.want}`,
            `sets out to ${premise.want}`,
            `is determined to ${premise.want}`,
          ]);
  // A stated action ("falls for the captain") reads only in templates that take the lead's own verb.
  const withAction = genre.loglines.filter((l) => l.includes('{wants}'));
  const templates = action && withAction.length ? withAction : genre.loglines;
  const template = forLead(rng.pick(templates), lead?.gender);
  const filled = sentenceCase(fill(template, { ...slots, protag: leadPhrase, wants }));
  // The idea's place and period always reach the logline, whichever template was drawn.
  const logline = where && !filled.includes(where) ? `${capitalize(where)}. ${filled}` : filled;
  const ending = rng.pick(genre.endings);
  const synopsisBody = [
    ...[...new Set(beats.map((b) => b.act))].map((act) =>
      beats
        .filter((b) => b.act === act)
        .map((b) => b.summary)
        .join(' '),
    ),
    `The ending is ${ending}.`,
  ].join('\n\n');
  const opening = where && !synopsisBody.includes(where) ? `${capitalize(where)}. ` : '';
  const synopsis = opening + synopsisBody;
  const world = briefWorld(brief);

  return {
    kind: params.kind,
    seed: params.seed,
    title:
      world && !isCommonPlace(world) && rng.chance(0.5)
        ? titleCase(`${world} ${rng.pick(genre.titleNouns)}`)
        : makeTitle(rng, genre, premise),
    logline,
    synopsis,
    genre: written ?? genreKey,
    tone: brief?.tone && !params.mood ? brief.tone : tone,
    style: params.style?.trim()
      ? `${params.style.trim()} — ${look.lighting}`
      : `${look.lighting}; ${look.palette}`,
    theme,
    setting: settingLabel,
    targetDurationSec: total,
    beatSheet: sheetKey,
    beats,
  };
}
