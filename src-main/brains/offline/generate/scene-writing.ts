// Screenplay text of one scene: action lines and in-character dialogue from the line tables.
import type { Rng } from './rng';
import { SCENE_LINES, type CastSlot, type FunctionTemplate } from './tables';
import { capitalize, fill } from './text';
import type { CharacterDraft, SceneElementDraft, SceneType } from './types';
import { registerOf } from './voice';

/** Characters filling the P/S/A slots of a scene template. */
export type SlotCast = Partial<Record<CastSlot, CharacterDraft>>;

export function firstName(c: CharacterDraft | undefined): string {
  return c ? c.name.split(/\s+/)[0]! : 'someone';
}

/** A dialogue line for an intent in the speaker's register (register lines weigh double over generic ones). */
export function dialogueLine(
  rng: Rng,
  speaker: CharacterDraft,
  intent: string,
  slots: Record<string, string>,
  humor: boolean,
  used: Set<string> = new Set(),
): string | undefined {
  const pool = SCENE_LINES.lines[intent] ?? SCENE_LINES.lines.muse!;
  const register = registerOf(speaker.voiceNotes);
  const own = pool[register] ?? [];
  // Comic stories borrow the playful register now and then.
  const extra = humor && pool.playful && register !== 'playful' && rng.chance(0.3) ? pool.playful : [];
  const options = [...own, ...own, ...(pool.any ?? []), ...extra].filter((o) => !used.has(o));
  if (options.length === 0) return undefined;
  const line = rng.pick(options);
  used.add(line);
  return fill(line, slots);
}

function parenthetical(rng: Rng, speaker: CharacterDraft): string {
  return rng.pick(SCENE_LINES.parentheticals[registerOf(speaker.voiceNotes)] ?? ['(beat)']);
}

/**
 * Writes the elements of a scene: opening action, the template's exchange (speakers resolved from the cast),
 * more action for action-heavy scene types, and a closing transition.
 */
export function writeElements(
  rng: Rng,
  tpl: FunctionTemplate,
  cast: SlotCast,
  sceneType: SceneType,
  budget: number,
  slots: Record<string, string>,
  opts: { first: boolean; last: boolean; humor: boolean },
): SceneElementDraft[] {
  const out: SceneElementDraft[] = [];
  if (opts.first) out.push({ type: 'transition', text: 'FADE IN:' });
  const actions = rng.shuffle(tpl.actions).map((a) => capitalize(fill(a, slots)));
  out.push({
    type: 'action',
    text: actions.shift() ?? capitalize(fill('{P} at {loc}.', slots)),
    characterKey: cast.P?.key,
  });
  const usedLines = new Set<string>();
  const actionHeavy =
    sceneType === 'action' ||
    sceneType === 'montage' ||
    sceneType === 'establishing' ||
    sceneType === 'product';
  const room = Math.max(0, budget - out.length - (opts.last || budget > 4 ? 1 : 0));
  let lines = 0;
  const exchange = tpl.exchange.filter(([slot]) => cast[slot] ?? cast.P);
  for (let i = 0; i < room; i++) {
    const wantAction = actions.length > 0 && (actionHeavy ? i % 2 === 0 : i % 4 === 3);
    const [slot, intent] = exchange[lines % exchange.length] ?? ['P', 'muse'];
    const speaker = cast[slot] ?? cast.P!;
    const addressee = speaker === cast.P ? (cast.S ?? cast.A) : cast.P;
    const line =
      wantAction || exchange.length === 0
        ? undefined
        : dialogueLine(rng, speaker, intent, { ...slots, to: firstName(addressee) }, opts.humor, usedLines);
    if (line === undefined) {
      // No fresh line left (or an action beat is due): describe instead of repeating dialogue.
      if (actions.length === 0 && !wantAction && exchange.length > 0 && lines >= exchange.length) break;
      out.push({ type: 'action', text: actions.shift() ?? capitalize(fill(rng.pick(tpl.actions), slots)) });
      lines++;
      continue;
    }
    if (rng.chance(0.18) && i + 1 < room) {
      out.push({ type: 'parenthetical', text: parenthetical(rng, speaker), characterKey: speaker.key });
      i++;
    }
    out.push({ type: 'dialogue', text: line, characterKey: speaker.key });
    lines++;
  }
  if (opts.last) out.push({ type: 'transition', text: 'FADE OUT.' });
  else if (budget > 4)
    out.push({ type: 'transition', text: rng.pick(['CUT TO:', 'CUT TO:', 'DISSOLVE TO:', 'SMASH CUT TO:']) });
  return out;
}
