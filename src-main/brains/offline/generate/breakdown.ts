// Breakdown tags of a scene (props, wardrobe, vehicles, VFX, SFX, extras) from setting, premise and scene type.
import type { Rng } from './rng';
import type { Motif, SettingProfile } from './tables';
import type { BreakdownDraft, CharacterDraft, LocationDraft, SceneType } from './types';

/** The wardrobe phrase from a character's appearance ("…; usually wears X."), else a setting default. */
function wardrobeOf(rng: Rng, c: CharacterDraft, setting: SettingProfile): string {
  const m = /usually wears ([^.;]+)/i.exec(c.appearance);
  return m
    ? m[1]!
    : /robot|android|machine|chassis/i.test(`${c.occupation} ${c.appearance}`)
      ? 'work-worn plating'
      : rng.pick(setting.wardrobe);
}

export function makeBreakdown(
  rng: Rng,
  args: {
    setting: SettingProfile;
    motifs: Motif[];
    location: LocationDraft;
    locationTags: string[];
    cast: CharacterDraft[];
    sceneType: SceneType;
    exterior: boolean;
    night: boolean;
    motifProp: string;
    prop: string;
    genreKey: string;
  },
): BreakdownDraft {
  const { setting, motifs, location, cast, sceneType } = args;
  const props = [...new Set([args.motifProp, args.prop, ...rng.sample(location.props, 1)].filter(Boolean))];
  const wardrobe = cast.map((c) => `${c.name.split(/\s+/)[0]}: ${wardrobeOf(rng, c, setting)}`);
  const moving = sceneType === 'action' || args.locationTags.includes('threshold');
  const vehicles = args.exterior && moving && setting.vehicles.length > 0 ? [rng.pick(setting.vehicles)] : [];
  const motifVfx = motifs.flatMap((m) => m.vfx ?? []);
  const vfx: string[] = [];
  if (setting.vfx.length > 0 && (sceneType === 'action' || sceneType === 'establishing' || rng.chance(0.3)))
    vfx.push(rng.pick(setting.vfx));
  if (motifVfx.length > 0 && rng.chance(0.5)) vfx.push(rng.pick(motifVfx));
  if (args.genreKey === 'noir' && args.night && args.exterior) vfx.push('rain');
  const sfx = [rng.pick(setting.sfx), ...motifs.flatMap((m) => m.sfx ?? []).slice(0, 1)];
  if (args.night) sfx.push(args.exterior ? 'night ambience' : 'room tone, night');
  const extras =
    args.locationTags.includes('public') || sceneType === 'montage'
      ? [`${rng.pick(setting.extras)} (${rng.int(4, 20)})`]
      : [];
  return { props, wardrobe, vehicles, vfx: [...new Set(vfx)], sfx: [...new Set(sfx)], extras };
}
