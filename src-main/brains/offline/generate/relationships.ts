// Relationship stage: a web of ties that follows the cast's roles (opponent, mentor, ally, family…).
import { assertNever } from '../../../shared/assert';
import { storyContext } from './context';
import { type Rng, stageRng } from './rng';
import { gerundPhrase, round } from './text';
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import type { CharacterDraft, RelationshipDraft, RelationshipKind, StoryDraft } from './types';

type Part = 'protagonist' | 'antagonist' | 'mentor' | 'ally' | 'love' | 'confidant' | 'rival' | 'local';

/** The dramatic part of a character, read from its role and the description the character stage wrote. */
export function partOf(c: CharacterDraft): Part {
  if (c.role === 'protagonist') return 'protagonist';
  if (c.role === 'antagonist') return 'antagonist';
  const d = c.description.toLowerCase();
  if (/\bmentor\b/.test(d)) return 'mentor';
  if (/\blove interest\b/.test(d)) return 'love';
  if (/\bconfidant\b/.test(d)) return 'confidant';
  if (/\brival\b/.test(d)) return 'rival';
  if (c.role === 'minor' || /\blocal\b/.test(d)) return 'local';
  return 'ally';
}

function tie(
  rng: Rng,
  s: CharacterDraft,
  t: CharacterDraft,
  kind: RelationshipKind,
  label: string,
  directed: boolean,
  strength: [number, number],
  trust: [number, number],
): RelationshipDraft {
  // Agreeable people trust a little more; anxious ones a little less.
  const lean =
    ((s.personality.agreeableness + t.personality.agreeableness) / 2 - 0.5) * 0.2 -
    (s.personality.neuroticism - 0.5) * 0.1;
  return {
    sourceKey: s.key,
    targetKey: t.key,
    kind,
    label,
    directed,
    strength: round(Math.max(-1, Math.min(1, rng.float(strength[0], strength[1])))),
    trust: round(Math.max(0, Math.min(1, rng.float(trust[0], trust[1]) + lean))),
  };
}

/** Generates ≥ 3 relationships (when there are ≥ 3 characters), coherent with the characters' roles. */
export function generateRelationships(
  story: StoryDraft,
  characters: readonly CharacterDraft[],
  brief?: IdeaBrief,
): RelationshipDraft[] {
  const rng = stageRng(story.seed, 'relationships');
  const ctx = storyContext(story);
  if (characters.length < 2) return [];
  const protag = characters.find((c) => c.role === 'protagonist') ?? characters[0]!;
  const antag =
    characters.find((c) => c.role === 'antagonist' && c !== protag) ?? characters.find((c) => c !== protag)!;
  const want = protag.goals[0]?.toLowerCase() ?? 'win';
  const out: RelationshipDraft[] = [];
  const seen = new Set<string>();
  const add = (r: RelationshipDraft) => {
    const id = [r.sourceKey, r.targetKey].sort().join('|');
    if (r.sourceKey === r.targetKey || seen.has(id)) return;
    seen.add(id);
    out.push(r);
  };

  // The bonds the idea states come first, with their kind; generated ties only fill the pairs left open.
  for (const r of brief?.relations ?? []) {
    const a = findCharacter(characters, r.a);
    const b = findCharacter(characters, r.b);
    if (!a || !b) continue;
    const [lo, hi] = KIND_STRENGTH[r.kind];
    add(tie(rng, a, b, r.kind, r.words || LABELS[r.kind], r.kind === 'mentor', [lo, hi], [0.3, 0.8]));
  }
  const enemy = ctx.genre.rivalKind === 'enemy';
  add(
    tie(
      rng,
      antag,
      protag,
      enemy ? 'enemy' : 'rivalry',
      `opposes ${protag.name.split(' ')[0]} ${gerundPhrase(want)}`,
      false,
      enemy ? [-0.95, -0.6] : [-0.6, -0.25],
      [0.02, 0.2],
    ),
  );
  for (const c of characters) {
    if (c === protag || c === antag) continue;
    const part = partOf(c);
    const first = protag.name.split(' ')[0]!;
    switch (part) {
      case 'mentor':
        add(tie(rng, c, protag, 'mentor', `mentors ${first}`, true, [0.5, 0.85], [0.6, 0.9]));
        add(
          tie(rng, c, antag, enemy ? 'enemy' : 'rivalry', 'an old grudge', false, [-0.7, -0.3], [0.05, 0.25]),
        );
        break;
      case 'ally':
        add(tie(rng, c, protag, 'friendship', 'best friends', false, [0.55, 0.9], [0.55, 0.85]));
        add(
          tie(
            rng,
            c,
            antag,
            'professional',
            `works for ${antag.name.split(' ')[0]}`,
            true,
            [-0.3, 0.1],
            [0.2, 0.45],
          ),
        );
        break;
      case 'love':
        add(tie(rng, c, protag, 'romantic', 'drawn to each other', false, [0.3, 0.75], [0.35, 0.65]));
        break;
      case 'confidant': {
        const parent = Math.abs(c.age - protag.age) >= 18;
        add(
          tie(
            rng,
            c,
            protag,
            'family',
            parent ? (c.age > protag.age ? `parent of ${first}` : `child of ${first}`) : 'siblings',
            parent,
            [0.35, 0.8],
            [0.45, 0.8],
          ),
        );
        break;
      }
      case 'rival':
        add(tie(rng, c, protag, 'rivalry', `competes with ${first}`, false, [-0.5, -0.1], [0.2, 0.45]));
        add(
          tie(
            rng,
            c,
            antag,
            'professional',
            `seeks ${antag.name.split(' ')[0]}'s approval`,
            true,
            [0.2, 0.6],
            [0.3, 0.6],
          ),
        );
        break;
      case 'local':
        add(tie(rng, c, protag, 'other', `keeps an eye on ${first}`, true, [0.0, 0.4], [0.3, 0.6]));
        add(
          tie(
            rng,
            c,
            antag,
            'professional',
            `afraid of ${antag.name.split(' ')[0]}`,
            true,
            [-0.4, 0.0],
            [0.1, 0.3],
          ),
        );
        break;
      case 'protagonist':
      case 'antagonist':
        add(tie(rng, c, protag, 'other', 'uneasy acquaintances', false, [-0.2, 0.3], [0.3, 0.5]));
        break;
      default:
        assertNever(part, 'character part');
    }
  }
  // Small casts: link the supporting characters to each other so the graph has at least three edges.
  const others = characters.filter((c) => c !== protag && c !== antag);
  for (let i = 0; out.length < 3 && i + 1 < others.length; i++)
    add(tie(rng, others[i]!, others[i + 1]!, 'friendship', 'know each other', false, [0.1, 0.5], [0.3, 0.6]));
  if (out.length < 3 && others[0])
    add(tie(rng, others[0], antag, 'other', 'wary of each other', false, [-0.4, 0], [0.1, 0.3]));
  return out;
}

const KIND_STRENGTH: Record<RelationshipKind, [number, number]> = {
  family: [0.3, 0.8],
  romantic: [0.4, 0.85],
  friendship: [0.5, 0.9],
  rivalry: [-0.6, -0.2],
  professional: [0.0, 0.5],
  mentor: [0.4, 0.8],
  enemy: [-0.95, -0.5],
  other: [-0.2, 0.4],
};
const LABELS: Record<RelationshipKind, string> = {
  family: 'family',
  romantic: 'drawn to each other',
  friendship: 'friends',
  rivalry: 'rivals',
  professional: 'work together',
  mentor: 'mentor and pupil',
  enemy: 'enemies',
  other: 'crossed paths',
};

function findCharacter(characters: readonly CharacterDraft[], name: string): CharacterDraft | undefined {
  const n = name.toLowerCase();
  return characters.find((c) => [c.name, ...c.aliases].some((x) => x.toLowerCase() === n));
}
