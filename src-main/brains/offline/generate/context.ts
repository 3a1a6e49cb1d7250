// Resolves free-text genre, setting and premise keywords to table profiles, shared by every generator stage.
import { GENRES, MOTIFS, SETTINGS, type GenreProfile, type Motif, type SettingProfile } from './tables';
import { findPeriod } from '../language/periods';
import { periodSafe } from './brief-fit';

/**
 * Keyword test: keywords of 5+ letters match as word prefixes ("paint" → "painter"), shorter ones only as
 * whole words with an optional plural ("ai" must not match "air", "rob" must not match "robot").
 */
export function hasKeyword(text: string, keyword: string): boolean {
  const k = keyword.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = keyword.length >= 5 ? '' : '(?:s|es)?(?![a-z])';
  return new RegExp(`(^|[^a-z])${k}${tail}`, 'i').test(text);
}

function keywordScore(text: string, keywords: readonly string[]): number {
  return keywords.reduce((n, k) => (hasKeyword(text, k) ? n + 1 : n), 0);
}

/** Canonical genre key for a free-text genre word, or undefined when it is not one we know. */
export function canonicalGenre(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.trim().toLowerCase();
  if (GENRES.genres[w]) return w;
  if (GENRES.aliases[w]) return GENRES.aliases[w];
  for (const key of Object.keys(GENRES.genres)) if (hasKeyword(w, key)) return key;
  for (const [alias, key] of Object.entries(GENRES.aliases)) if (hasKeyword(w, alias)) return key;
  return undefined;
}

/** Genre key inferred from text (explicit genre words first, then premise keywords). */
export function inferGenre(text: string): string | undefined {
  const explicit = canonicalGenre(
    Object.keys(GENRES.genres).find((g) => hasKeyword(text, g)) ??
      Object.keys(GENRES.aliases).find((a) => hasKeyword(text, a)),
  );
  if (explicit) return explicit;
  let best: string | undefined;
  let bestScore = 0;
  for (const key of Object.keys(GENRES.genres).sort()) {
    const s = keywordScore(text, GENRES.genres[key]!.keywords);
    if (s > bestScore) [best, bestScore] = [key, s];
  }
  return best;
}

export function genreProfile(key: string): GenreProfile {
  return GENRES.genres[key] ?? GENRES.genres[GENRES.default]!;
}

/**
 * Setting key for free text: an exact label match first, then the best keyword score. A period in the text
 * ("1888 London") rules out settings whose era cannot hold it; when no keyword fits the period, the setting whose
 * era is nearest stands in, so an 1880s city story never lands in a contemporary city.
 */
export function inferSetting(text: string, genreKey?: string): string | undefined {
  const t = text.toLowerCase();
  const year = findPeriod(text)?.year;
  const fits = (key: string) => year === undefined || eraDistance(SETTINGS.settings[key]!.era, year) === 0;
  // Labels first (longest first, so "near-future city" wins over "city"), because a story's own label must round-trip.
  const byLabel = Object.entries(SETTINGS.settings).sort((a, b) => b[1].label.length - a[1].label.length);
  for (const [key, s] of byLabel) if (t.includes(s.label.toLowerCase()) || t.trim() === key) return key;
  let best: string | undefined;
  let bestScore = 0;
  for (const key of Object.keys(SETTINGS.settings).sort()) {
    const s = keywordScore(t, SETTINGS.settings[key]!.keywords);
    if (s > bestScore && fits(key)) [best, bestScore] = [key, s];
  }
  return best ?? (year === undefined ? undefined : nearestEra(year, genreKey));
}

function eraDistance([from, to]: readonly [number, number], year: number): number {
  return year < from ? from - year : year > to ? year - to : 0;
}

/** The setting a genre implies when the idea names none (a western happens on the frontier). */
export const SETTING_FOR_GENRE: Readonly<Record<string, string>> = {
  'sci-fi': 'near-future-city',
  fantasy: 'medieval-village',
  western: 'western-frontier',
  noir: 'noir-city',
};

// Among settings of equal distance the genre's own setting comes first, then the default (a city): most period
// ideas name a city.
function nearestEra(year: number, genreKey: string | undefined): string {
  const own = genreKey ? SETTING_FOR_GENRE[genreKey] : undefined;
  const keys = [...(own ? [own] : []), SETTINGS.default, ...Object.keys(SETTINGS.settings).sort()];
  return keys.reduce((a, b) =>
    eraDistance(SETTINGS.settings[b]!.era, year) < eraDistance(SETTINGS.settings[a]!.era, year) ? b : a,
  );
}

/** The setting's table, without the occupations, places and things its story's period cannot have. */
export function settingProfile(key: string, year?: number): SettingProfile {
  const s = SETTINGS.settings[key] ?? SETTINGS.settings[SETTINGS.default]!;
  if (year === undefined) return s;
  const safe = (items: readonly string[]) => periodSafe(items, year);
  return {
    ...s,
    occupations: safe(s.occupations),
    wardrobe: safe(s.wardrobe),
    vehicles: safe(s.vehicles),
    vfx: safe(s.vfx),
    sfx: safe(s.sfx),
    extras: safe(s.extras),
    locations: s.locations
      .map((l) => ({ ...l, names: safe(l.names), props: safe(l.props) }))
      .filter((l) => l.names.length > 0),
  };
}

/** Motifs whose keywords occur in the text, in table order (stable). */
export function findMotifs(text: string): Motif[] {
  return MOTIFS.motifs.filter((m) => m.match.some((k) => hasKeyword(text, k)));
}

/** What later stages need to know about a story, recomputed from the StoryDraft alone. */
export interface StoryContext {
  genreKey: string;
  genre: GenreProfile;
  settingKey: string;
  setting: SettingProfile;
  motifs: Motif[];
}

/** Rebuilds the table context of a story (genre, setting, motifs) from its text fields. */
export function storyContext(story: {
  genre: string;
  setting: string;
  logline: string;
  theme: string;
  title: string;
}): StoryContext {
  const genreKey = canonicalGenre(story.genre) ?? GENRES.default;
  const settingKey =
    inferSetting(story.setting, genreKey) ??
    inferSetting(`${story.logline} ${story.theme}`, genreKey) ??
    SETTINGS.default;
  return {
    genreKey,
    genre: genreProfile(genreKey),
    settingKey,
    setting: settingProfile(settingKey, findPeriod(story.setting)?.year),
    motifs: findMotifs(`${story.logline} ${story.theme} ${story.title}`),
  };
}
