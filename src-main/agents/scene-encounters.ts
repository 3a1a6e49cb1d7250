// Per-scene history of a relationship: where two characters meet in the script, and the ledger entries that tells.
import type {
  InteractionType,
  LedgerCause,
  Personality,
  RelationshipKind,
} from '../../src-preload/contract/entities';
import { textSentiment } from '../brains/offline/language/text-sentiment';
import { interact } from '../domain/relationship-interaction';
import { applyLedgerChange, openingEntry, type LedgerFields } from '../domain/relationship-ledger';

/** A scene as the ledger reads it: who is present, what is said by whom, and the text that carries its mood. */
export interface StoryScene {
  id: string;
  number: number;
  heading: string;
  characterIds: readonly string[];
  /** Dialogue in order, by speaker (a line without a known speaker is skipped). */
  lines: readonly { characterId?: string | undefined; text: string }[];
  /** The scene's text (prose passage, or action and dialogue) for its sentiment. */
  text: string;
}

/** Two characters in one scene: whether they talk to each other and how the scene reads. */
export interface Encounter {
  sceneId: string;
  storyOrder: number;
  heading: string;
  /** Times the dialogue passes from one of them straight to the other. */
  exchanges: number;
  /** Sentiment of the scene, −1..1. */
  sentiment: number;
  /** The one who speaks to the other first, if they talk. */
  firstSpeakerId?: string;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

function exchangesIn(lines: StoryScene['lines'], a: string, b: string): { n: number; first?: string } {
  let n = 0;
  let first: string | undefined;
  const speakers = lines.map((l) => l.characterId).filter((id): id is string => Boolean(id));
  for (let i = 1; i < speakers.length; i++) {
    const [p, q] = [speakers[i - 1], speakers[i]];
    if ((p === a && q === b) || (p === b && q === a)) {
      n++;
      first ??= p;
    }
  }
  return first ? { n, first } : { n };
}

/** The scenes two characters share, in story order (scene number), with what happens between them. */
export function encountersBetween(scenes: readonly StoryScene[], a: string, b: string): Encounter[] {
  return scenes
    .filter((s) => s.characterIds.includes(a) && s.characterIds.includes(b))
    .sort((x, y) => x.number - y.number)
    .map((s) => {
      const talk = exchangesIn(s.lines, a, b);
      return {
        sceneId: s.id,
        storyOrder: s.number,
        heading: s.heading,
        exchanges: talk.n,
        sentiment: Math.round(textSentiment(s.text).score * 1000) / 1000,
        ...(talk.first ? { firstSpeakerId: talk.first } : {}),
      };
    });
}

const mood = (s: number): string => (s >= 0.25 ? 'warm' : s <= -0.25 ? 'tense' : 'neutral');
const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;

/** "Scene 3 (INT. DINER - NIGHT): together, 2 exchanges between them; the scene reads tense (−0.40)." */
export function encounterWords(e: Encounter): string {
  const talk = e.exchanges
    ? `${e.exchanges} exchange${e.exchanges === 1 ? '' : 's'} of dialogue between them`
    : 'together, without words between them';
  return `Scene ${e.storyOrder} (${e.heading}): ${talk}; the scene reads ${mood(e.sentiment)} (${signed(e.sentiment)})`;
}

/**
 * The ledger of an imported relationship, one entry per shared scene (cause `import`). The path follows the
 * scenes as read — the running mean of their sentiment, trust growing with contact — and is anchored so that
 * it ends exactly at the values the whole-text analysis found (`final`), so scrubbing to the end shows today's edge.
 */
export function importedLedger(
  encounters: readonly Encounter[],
  final: { kind: RelationshipKind; strength: number; trust: number },
  at: string,
): Pick<LedgerFields, 'strength' | 'trust' | 'history'> {
  if (!encounters.length) {
    const only = openingEntry(final, 'import', 'Read across the whole text: they share passages.', at);
    return { strength: final.strength, trust: final.trust, history: [only] };
  }
  // Observed path: mean sentiment so far; trust as the analyzer computes it from contact and warmth.
  let sum = 0;
  let contact = 0;
  const path = encounters.map((e, k) => {
    sum += e.sentiment;
    contact += 1 + e.exchanges;
    const s = sum / (k + 1);
    return { s, t: clamp(0.5 + 0.5 * s, 0, 1) * (0.4 + 0.6 * (1 - Math.exp(-contact / 3))) };
  });
  const last = path.at(-1)!;
  const n = path.length;
  const anchored = path.map((p, k) => ({
    s: clamp(p.s + ((final.strength - last.s) * (k + 1)) / n, -1, 1),
    t: clamp(p.t + ((final.trust - last.t) * (k + 1)) / n, 0, 1),
  }));
  const first = encounters[0]!;
  let fields: LedgerFields = {
    kind: final.kind,
    strength: anchored[0]!.s,
    trust: anchored[0]!.t,
    interactionCount: 0,
    history: [
      openingEntry(
        { kind: final.kind, strength: anchored[0]!.s, trust: anchored[0]!.t },
        'import',
        `First together. ${encounterWords(first)}.`,
        at,
        { sceneId: first.sceneId, storyOrder: first.storyOrder },
      ),
    ],
  };
  for (let k = 1; k < n; k++) {
    const e = encounters[k]!;
    fields = applyLedgerChange(
      fields,
      {
        cause: 'import',
        reason: `${encounterWords(e)}.`,
        dStrength: anchored[k]!.s - fields.strength,
        dTrust: anchored[k]!.t - fields.trust,
        sceneId: e.sceneId,
        storyOrder: e.storyOrder,
      },
      at,
    );
  }
  return { strength: fields.strength, trust: fields.trust, history: fields.history };
}

/** What a scene does between two people, read from its mood and whether they talk. */
export function encounterInteraction(e: Encounter): { type: InteractionType; intensity: number } {
  const talked = e.exchanges > 0;
  const type: InteractionType =
    e.sentiment >= 0.25
      ? talked
        ? 'collaboration'
        : 'help'
      : e.sentiment <= -0.25
        ? talked
          ? 'argument'
          : 'rejection'
        : talked
          ? 'small_talk'
          : 'greeting';
  const intensity = clamp(0.3 + 0.5 * Math.abs(e.sentiment) + 0.1 * Math.min(3, e.exchanges), 0, 1);
  return { type, intensity };
}

type Person = { id: string; name: string; personality?: Personality | undefined };

/**
 * Plays a relationship through the scenes two characters share (cause `generation` for a generated script):
 * each scene is one interaction through the relationship dynamics, with the scene's words as the reason.
 */
export function playEncounters(
  rel: LedgerFields & { sourceId: string; targetId: string },
  a: Person,
  b: Person,
  encounters: readonly Encounter[],
  cause: LedgerCause,
  at: string,
): LedgerFields {
  let fields: LedgerFields = rel;
  for (const e of encounters) {
    const { type, intensity } = encounterInteraction(e);
    fields = interact(
      { ...fields, sourceId: rel.sourceId, targetId: rel.targetId },
      a,
      b,
      {
        type,
        intensity,
        actorId: e.firstSpeakerId ?? a.id,
        cause,
        context: encounterWords(e),
        sceneId: e.sceneId,
        storyOrder: e.storyOrder,
      },
      at,
    ).fields;
  }
  return fields;
}
