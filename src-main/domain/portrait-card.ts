// The offline portrait card: a character drawn from its attributes as shapes, written as SVG (the PDF draws the same shapes).
import type { Character } from '../../src-preload/contract/entities';
import { assertNever } from '../shared/assert';

/** One shape of the card, in card units (0..CARD_W × 0..CARD_H, y down). Colours are `#rrggbb`. */
export type PortraitShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; fill: string }
  | { kind: 'polygon'; points: [number, number][]; fill: string }
  | { kind: 'line'; from: [number, number]; to: [number, number]; stroke: string; width: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; fill: string; bold: boolean };

export const CARD_W = 120;
export const CARD_H = 150;

/** What the card reads of a character: age, build, hair, skin, wardrobe colours and role colour. */
export interface PortraitAttributes {
  age: number;
  build: 'slim' | 'average' | 'broad';
  hair: { colour: string; length: 'none' | 'short' | 'long'; curly: boolean };
  skin: string;
  wardrobe: [string, string];
  role: string;
}

/** Role colours, the same family the app uses for role chips. */
export const ROLE_COLOURS: Record<string, string> = {
  protagonist: '#d98c26',
  antagonist: '#b32626',
  supporting: '#3373b3',
  minor: '#808080',
};

const COLOURS: Record<string, string> = {
  black: '#222222',
  white: '#eeeeee',
  grey: '#8c8c8c',
  gray: '#8c8c8c',
  silver: '#b8b8b8',
  red: '#b03030',
  crimson: '#9e1b32',
  burgundy: '#6d1a2a',
  orange: '#d9782d',
  yellow: '#d9c23a',
  mustard: '#c9a227',
  green: '#3c8c4a',
  olive: '#6b7a3a',
  teal: '#2a8a8a',
  blue: '#3a5fb0',
  navy: '#1f2f5a',
  purple: '#6a3d9a',
  pink: '#d97aa0',
  brown: '#6b4a2e',
  tan: '#c8a27a',
  beige: '#d8c8a8',
  cream: '#efe6cf',
  khaki: '#b0a070',
  denim: '#4a6a94',
  gold: '#c9a227',
};
const HAIR: Record<string, string> = {
  black: '#1e1a18',
  dark: '#2e2420',
  brown: '#5a3d26',
  chestnut: '#6b3e22',
  auburn: '#8a3b1e',
  red: '#a1461f',
  ginger: '#b5561f',
  blonde: '#d8b25a',
  blond: '#d8b25a',
  fair: '#d8c08a',
  grey: '#9a9a9a',
  gray: '#9a9a9a',
  silver: '#c4c4c4',
  white: '#e6e6e6',
};
const SKINS = ['#f1c9a5', '#e0ac83', '#c68c5e', '#a86b42', '#7d4a2b', '#5a3420'];
const SKIN_WORDS: [RegExp, number][] = [
  [/\b(pale|fair[- ]skinned|freckled)\b/, 0],
  [/\b(olive|tanned|tan)\b/, 2],
  [/\b(brown[- ]skinned|bronze)\b/, 3],
  [/\b(dark[- ]skinned|dark skin|ebony)\b/, 4],
];

/** A stable small number from a text, so a character without cues always gets the same card. */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function firstColour(text: string, table: Record<string, string>): string | undefined {
  let best: { at: number; colour: string } | undefined;
  for (const [word, colour] of Object.entries(table)) {
    const at = text.search(new RegExp(`\\b${word}\\b`));
    if (at >= 0 && (!best || at < best.at)) best = { at, colour };
  }
  return best?.colour;
}

function hairOf(text: string, age: number, seed: number): PortraitAttributes['hair'] {
  const hairText = /([a-z-]+\s+){0,3}hair|bald|shaved|braid|ponytail|curls/.exec(text)?.[0] ?? '';
  const length = /\b(bald|shaved head|shaven)\b/.test(text)
    ? 'none'
    : /\b(long|braid|braided|ponytail|shoulder-length|flowing)\b/.test(hairText || text)
      ? 'long'
      : hairText || seed % 3 !== 0
        ? 'short'
        : 'long';
  const named =
    firstColour(hairText, HAIR) ?? firstColour(text.replace(/\b\w+ (eyes|coat|jacket|dress)\b/g, ''), HAIR);
  const colour = named ?? (age >= 62 ? HAIR['grey']! : Object.values(HAIR)[seed % 8]!);
  return { colour, length, curly: /\b(curly|curls|afro|wavy)\b/.test(text) };
}

/** Reads the card's attributes from a character: numbers and words of its profile, then stable defaults. */
export function portraitAttributes(c: Character): PortraitAttributes {
  const text = [c.appearance, c.description, ...c.traits].filter(Boolean).join(' ').toLowerCase();
  const seed = hashOf(c.name);
  const age = c.age ?? 35;
  const build = /\b(broad|stocky|burly|heavy|muscular|big|hulking|large)\b/.test(text)
    ? 'broad'
    : /\b(slim|thin|slender|wiry|lanky|petite|small|frail)\b/.test(text)
      ? 'slim'
      : 'average';
  const skinCue = SKIN_WORDS.find(([re]) => re.test(text));
  const skin = SKINS[skinCue ? skinCue[1] : seed % SKINS.length]!;
  const worn = c.wardrobe.map((w) => w.description.toLowerCase()).join(' ');
  // Colour words of hair, skin and eyes are not clothes: they are taken out before the wardrobe is read.
  const clothes = text.replace(/\b(?:[a-z-]+\s+){1,3}(?:hair|skin|eyes|beard|complexion)\b/g, ' ');
  const wardrobeText = `${worn} ${clothes}`;
  const found = Object.entries(COLOURS)
    .map(([word, colour]) => ({ at: wardrobeText.search(new RegExp(`\\b${word}\\b`)), colour }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.colour);
  const palette = Object.values(COLOURS);
  const first = found[0] ?? palette[seed % palette.length]!;
  const second = found.find((x) => x !== first) ?? palette[(seed >>> 8) % palette.length]!;
  return {
    age,
    build,
    hair: hairOf(text, age, seed),
    skin,
    wardrobe: [first, second],
    role: c.role ?? 'minor',
  };
}

/** Initials from the words' first letters ("Ana <Script> & Co" → "AS"): punctuation is not a letter. */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => /\p{L}/u.exec(w)?.[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** The shapes of the card, back to front: backdrop, hair behind, body, neck, head, hair on top, face, band. */
export function portraitShapes(c: Character, a: PortraitAttributes = portraitAttributes(c)): PortraitShape[] {
  const role = ROLE_COLOURS[a.role] ?? ROLE_COLOURS['minor']!;
  const shoulder = a.build === 'broad' ? 46 : a.build === 'slim' ? 32 : 39;
  const cx = CARD_W / 2;
  const headY = 54;
  const shapes: PortraitShape[] = [
    { kind: 'rect', x: 0, y: 0, w: CARD_W, h: CARD_H, fill: '#f4f1ea' },
    { kind: 'rect', x: 0, y: 0, w: CARD_W, h: 6, fill: role },
  ];
  if (a.hair.length === 'long')
    shapes.push({ kind: 'rect', x: cx - 21, y: headY - 10, w: 42, h: 48, fill: a.hair.colour });
  shapes.push(
    {
      kind: 'polygon',
      points: [
        [cx - shoulder, 128],
        [cx - shoulder + 8, 92],
        [cx + shoulder - 8, 92],
        [cx + shoulder, 128],
      ],
      fill: a.wardrobe[0],
    },
    {
      kind: 'polygon',
      points: [
        [cx - 9, 92],
        [cx + 9, 92],
        [cx, 106],
      ],
      fill: a.wardrobe[1],
    },
    { kind: 'rect', x: cx - 6, y: headY + 18, w: 12, h: 18, fill: a.skin },
    { kind: 'ellipse', cx, cy: headY, rx: 18, ry: 23, fill: a.skin },
  );
  if (a.hair.length !== 'none') {
    shapes.push({
      kind: 'ellipse',
      cx,
      cy: headY - 16,
      rx: a.hair.curly ? 23 : 20,
      ry: a.hair.curly ? 13 : 10,
      fill: a.hair.colour,
    });
  }
  shapes.push(
    { kind: 'ellipse', cx: cx - 7, cy: headY, rx: 2, ry: 2.4, fill: '#2a2a2a' },
    { kind: 'ellipse', cx: cx + 7, cy: headY, rx: 2, ry: 2.4, fill: '#2a2a2a' },
    { kind: 'line', from: [cx - 5, headY + 12], to: [cx + 5, headY + 12], stroke: '#7a4a3a', width: 1.2 },
  );
  // Age shows in lines at the eyes and brow, never as a number on the face.
  if (a.age >= 50) {
    shapes.push(
      { kind: 'line', from: [cx - 8, headY - 9], to: [cx + 8, headY - 9], stroke: '#8a6a5a', width: 0.6 },
      { kind: 'line', from: [cx - 14, headY + 1], to: [cx - 11, headY + 3], stroke: '#8a6a5a', width: 0.6 },
      { kind: 'line', from: [cx + 14, headY + 1], to: [cx + 11, headY + 3], stroke: '#8a6a5a', width: 0.6 },
    );
  }
  shapes.push(
    { kind: 'rect', x: 0, y: 128, w: CARD_W, h: 22, fill: role },
    { kind: 'text', x: cx, y: 143, text: initialsOf(c.name) || '?', size: 12, fill: '#ffffff', bold: true },
  );
  return shapes;
}

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
const n = (v: number): string => String(Math.round(v * 100) / 100);

function svgOf(s: PortraitShape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"/>`;
    case 'ellipse':
      return `<ellipse cx="${n(s.cx)}" cy="${n(s.cy)}" rx="${n(s.rx)}" ry="${n(s.ry)}" fill="${s.fill}"/>`;
    case 'polygon':
      return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${s.fill}"/>`;
    case 'line':
      return `<line x1="${n(s.from[0])}" y1="${n(s.from[1])}" x2="${n(s.to[0])}" y2="${n(s.to[1])}" stroke="${s.stroke}" stroke-width="${n(s.width)}"/>`;
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" font-family="Helvetica, Arial, sans-serif" font-size="${n(s.size)}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.fill}" text-anchor="middle">${esc(s.text)}</text>`;
    default:
      return assertNever(s, 'portrait shape');
  }
}

/** The card as a standalone SVG document: deterministic for the same character, no scripts, no external refs. */
export function portraitSvg(c: Character): string {
  const body = portraitShapes(c).map(svgOf).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_W} ${CARD_H}" width="${CARD_W}" height="${CARD_H}" role="img" aria-label="Portrait card of ${esc(c.name)}">${body}</svg>`;
}
