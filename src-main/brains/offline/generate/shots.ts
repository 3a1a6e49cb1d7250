// Shot-planner stage: coverage of one scene from the shot grammar (establishing → master → coverage → inserts).
import { storyContext } from './context';
import { kindProfile, splitSeconds } from './durations';
import { storyLook, type Look } from './look';
import { type Rng, stageRng } from './rng';
import { SHOT_GRAMMAR, type ShotSpec } from './tables';
import { clamp, fill, titleCase, withThe } from './text';
import type { CharacterDraft, SceneDraft, ShotDraft, StoryDraft } from './types';

const SINGLE_ROLES = new Set(['single', 'ots', 'ots-reverse', 'reaction', 'pov', 'tracking']);

/** Coverage specs for n shots: the pattern's opening, its coverage cycle repeated, then its closing shot. */
function coverage(sceneType: SceneDraft['sceneType'], n: number): ShotSpec[] {
  const p = SHOT_GRAMMAR.patterns[sceneType] ?? SHOT_GRAMMAR.patterns.dialogue;
  const body: ShotSpec[] = [...p.open];
  for (let i = 0; body.length < n; i++) body.push(p.cycle[i % p.cycle.length]!);
  const close = n > p.open.length ? p.close.slice(0, 1) : [];
  return [...body.slice(0, n - close.length), ...close];
}

/** Lets the story's look bend the grammar: dutch angles for noir, handheld for thrillers, locked-off comedy. */
function styled(rng: Rng, spec: ShotSpec, look: Look): ShotSpec {
  let { angle, movement } = spec;
  if (angle === 'eye') {
    if (rng.chance(look.dutch)) angle = 'dutch';
    else if (rng.chance(look.low * 0.5)) angle = 'low';
    else if (rng.chance(look.high * 0.4)) angle = 'high';
  }
  if (spec.role === 'establishing' && rng.chance(look.crane * 0.8)) movement = 'crane';
  else if (movement === 'static' && rng.chance(look.handheld * 0.5)) movement = 'handheld';
  else if (movement === 'static' && rng.chance(look.steadicam * 0.25)) movement = 'steadicam';
  else if (movement !== 'static' && rng.chance(look.static * 0.4)) movement = 'static';
  else if (rng.chance(look.zoom * 0.5)) movement = 'zoom';
  return { ...spec, angle, movement };
}

function locationName(heading: string): string {
  const m = /^(?:INT\.?\/EXT|INT|EXT|I\/E)\.?\s+(.+?)(?:\s+-\s+.*)?$/i.exec(heading.trim());
  return titleCase((m?.[1] ?? heading).toLowerCase());
}

/**
 * Generates ≥ 3 shots covering a scene, chosen by its scene type and bent by the story's look; shot durations
 * sum to the scene's duration and dialogue lines land on the speaker's coverage.
 */
export function generateShots(
  scene: SceneDraft,
  story: StoryDraft,
  characters: readonly CharacterDraft[],
): ShotDraft[] {
  const rng = stageRng(story.seed, 'shots', scene.key);
  const ctx = storyContext(story);
  const look = storyLook(ctx.genre, story);
  const kind = kindProfile(story.kind);
  const byKey = new Map(characters.map((c) => [c.key, c]));
  const inScene = scene.characterKeys.map((k) => byKey.get(k)).filter((c): c is CharacterDraft => Boolean(c));
  const first = (c: CharacterDraft | undefined) => (c ? c.name.split(/\s+/)[0]! : 'the empty room');
  const lines = scene.elements.filter((e) => e.type === 'dialogue' && e.characterKey);
  const duration = scene.durationSec > 0 ? scene.durationSec : 3;
  const wanted = Math.round(duration / (kind.shotSec * look.pace));
  const n = clamp(
    Math.max(wanted, Math.min(lines.length + 2, kind.maxShotsPerScene)),
    3,
    kind.maxShotsPerScene,
  );
  const specs = coverage(scene.sceneType, n).map((s) => styled(rng, s, look));
  const loc = withThe(locationName(scene.heading));
  const props = scene.breakdown.props.length > 0 ? scene.breakdown.props : ['a telling detail'];
  const leftRight =
    inScene.length >= 2
      ? ` ${first(inScene[0])} frame left, ${first(inScene[1])} frame right — hold the 180° line.`
      : '';
  const wardrobe =
    scene.breakdown.wardrobe.length > 0 ? ` Wardrobe: ${scene.breakdown.wardrobe.join('; ')}.` : '';

  let lineIndex = 0;
  let rotate = 0;
  const drafts = specs.map((spec, i) => {
    let who: CharacterDraft[] = inScene;
    let dialogue: string | undefined;
    if (SINGLE_ROLES.has(spec.role) && inScene.length > 0) {
      const next = lines[lineIndex];
      const speaker = next ? byKey.get(next.characterKey!) : undefined;
      const listener = inScene.find((c) => c !== speaker) ?? inScene[0]!;
      const subject =
        spec.role === 'reaction' || spec.role === 'ots-reverse'
          ? listener
          : (speaker ?? inScene[rotate++ % inScene.length]!);
      who = [subject];
      if (next && speaker === subject) {
        dialogue = next.text;
        lineIndex++;
      }
    } else if (spec.role === 'detail') who = [];
    const object = props[i % props.length]!;
    const sizeName = SHOT_GRAMMAR.sizeNames[spec.size];
    const whoText = who.length > 0 ? who.map(first).join(' and ') : loc;
    const slots = { sizeName, loc, locDesc: scene.summary, who: whoText, object };
    const description = fill(
      SHOT_GRAMMAR.roleDescriptions[spec.role] ?? '{sizeName} of {who}',
      slots,
    ).replace(/^\w/, (c) => c.toUpperCase());
    const startText =
      spec.role === 'detail'
        ? object
        : spec.role === 'establishing'
          ? `${loc}, ${scene.timeOfDay.toLowerCase()}`
          : `${whoText} at ${loc}`;
    const endText =
      spec.role === 'detail'
        ? `${object} in crisp focus`
        : spec.size === 'CU' || spec.size === 'ECU' || spec.size === 'MCU'
          ? `${whoText}'s face`
          : `${whoText} in ${loc}`;
    const [f0, f1] = SHOT_GRAMMAR.movementFrames[spec.movement];
    const lens = rng.pick(SHOT_GRAMMAR.lens[spec.size]);
    const weight = spec.w + (dialogue ? Math.min(1.5, dialogue.length / 60) : 0);
    return {
      weight,
      shot: {
        number: i + 1,
        size: spec.size,
        angle: spec.angle,
        movement: spec.movement,
        lensMm: lens,
        description: `${description.replace(/\.+$/, '')}.`,
        firstFrame: fill(f0, { start: startText, end: endText }),
        lastFrame: fill(f1, { start: startText, end: endText }),
        characterKeys: who.map((c) => c.key),
        ...(dialogue ? { dialogue } : {}),
        durationSec: 0,
        continuity: `${scene.timeOfDay} — ${look.lighting}.${wardrobe}${leftRight}`.trim(),
      } satisfies ShotDraft,
    };
  });
  const tenths = splitSeconds(
    Math.round(duration * 10),
    drafts.map((d) => d.weight),
    5,
  );
  return drafts.map((d, i) => ({ ...d.shot, durationSec: tenths[i]! / 10 }));
}
