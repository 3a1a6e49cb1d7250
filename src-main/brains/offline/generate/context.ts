// Resolves free-text genre, setting and premise keywords to table profiles, shared by every generator stage.
import { GENRES, MOTIFS, SETTINGS, type GenreProfile, type Motif, type SettingProfile } from './tables';

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

/** Setting key for free text: an exact label match first, then the best keyword score. */
export function inferSetting(text: string): string | undefined {
  const t = text.toLowerCase();
  // Labels first (longest first, so "near-future city" wins over "city"), because a story's own label must round-trip.
  const byLabel = Object.entries(SETTINGS.settings).sort((a, b) => b[1].label.length - a[1].label.length);
  for (const [key, s] of byLabel) if (t.includes(s.label.toLowerCase()) || t.trim() === key) return key;
  let best: string | undefined;
  let bestScore = 0;
  for (const key of Object.keys(SETTINGS.settings).sort()) {
    const s = keywordScore(t, SETTINGS.settings[key]!.keywords);
    if (s > bestScore) [best, bestScore] = [key, s];
  }
  return best;
}

export function settingProfile(key: string): SettingProfile {
  return SETTINGS.settings[key] ?? SETTINGS.settings[SETTINGS.default]!;
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
    inferSetting(story.setting) ?? inferSetting(`${story.logline} ${story.theme}`) ?? SETTINGS.default;
  return {
    genreKey,
    genre: genreProfile(genreKey),
    settingKey,
    setting: settingProfile(settingKey),
    motifs: findMotifs(`${story.logline} ${story.theme} ${story.title}`),
  };
}
