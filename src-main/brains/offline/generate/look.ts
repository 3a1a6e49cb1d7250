// Visual and verbal "look" of a story: genre defaults adjusted by tone, style and mood words.
import STYLE_JSON from '../../../../resources/engine/generate/style-modifiers.json';
import { hasKeyword } from './context';
import type { GenreProfile } from './tables';
import { clamp } from './text';

/** Biases (0..1) used by scenes and shots, plus the words describing the look. */
export interface Look {
  night: number;
  dutch: number;
  handheld: number;
  low: number;
  high: number;
  crane: number;
  steadicam: number;
  static: number;
  zoom: number;
  /** Multiplier on the average shot length (below 1 = faster cutting). */
  pace: number;
  humor: boolean;
  lighting: string;
  palette: string;
  register: string;
}

interface Modifier {
  match: string[];
  night?: number;
  dutch?: number;
  handheld?: number;
  low?: number;
  high?: number;
  crane?: number;
  steadicam?: number;
  static?: number;
  zoom?: number;
  pace?: number;
  humor?: boolean;
  lighting?: string;
  palette?: string;
  register?: string;
}

const MODIFIERS = (STYLE_JSON as unknown as { modifiers: Modifier[] }).modifiers;
const NUMERIC = [
  'night',
  'dutch',
  'handheld',
  'low',
  'high',
  'crane',
  'steadicam',
  'static',
  'zoom',
] as const;

/** Combines the genre profile with every style/tone/mood modifier whose words occur in `styleText`. */
export function computeLook(genre: GenreProfile, styleText: string): Look {
  const look: Look = {
    night: genre.night,
    dutch: genre.dutch,
    handheld: genre.handheld,
    low: genre.low,
    high: genre.high,
    crane: genre.crane,
    steadicam: genre.steadicam,
    static: genre.static,
    zoom: 0.04,
    pace: genre.pace,
    humor: genre.humor,
    lighting: genre.lighting,
    palette: genre.palette,
    register: genre.register,
  };
  const lightings: string[] = [];
  for (const m of MODIFIERS) {
    if (!m.match.some((k) => hasKeyword(styleText, k))) continue;
    for (const key of NUMERIC) if (m[key] !== undefined) look[key] = clamp(look[key] + m[key]!, 0, 1);
    if (m.pace !== undefined) look.pace = clamp(look.pace + m.pace, 0.4, 1.8);
    if (m.humor) look.humor = true;
    if (m.lighting) lightings.push(m.lighting);
    if (m.palette) look.palette = m.palette;
    if (m.register) look.register = m.register;
  }
  if (lightings.length > 0) look.lighting = lightings.join('; ');
  return look;
}

/**
 * The user's own style words in a story's style field. The story stage writes `user style — lighting` or,
 * without user style, only the derived lighting; re-reading the derived words would apply them twice.
 */
export function userStyle(style: string): string {
  const i = style.indexOf(' — ');
  return i >= 0 ? style.slice(0, i) : '';
}

/** The look of a story as every stage sees it: genre defaults + user style + tone (mood). */
export function storyLook(genre: GenreProfile, story: { style: string; tone: string }): Look {
  return computeLook(genre, `${userStyle(story.style)} ${story.tone}`);
}
