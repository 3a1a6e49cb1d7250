// Node `shot`: add, change or delete a shot of a numbered scene from chat ("give scene 2 a close-up on Mara's letter").
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import { ShotSchema, type Scene, type Shot } from '../../../src-preload/contract/entities';
import type { AttributeValue } from '../../../src-preload/contract/intent';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { refMarker } from '../../domain/entity-refs';
import { shotsByScene } from '../../domain/production-order';
import { nextShotNumber, renumberInOrder } from '../../domain/shot-numbering';
import { LENS_BY_SIZE } from '../../domain/shot-planning';
import { AppFailure } from '../../shared/failure';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnOutcome, TurnStateUpdate, TurnStateValue } from '../state';
import { chatLabel, commitBuilder } from './node-helpers';

const reply = (text: string, extra: Partial<TurnOutcome> = {}): TurnStateUpdate => ({
  outcome: { replyParts: [text], ...extra },
});

/** The camera fields a message set, as a shot patch. */
function fieldsOf(attributes: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['size', 'angle', 'movement', 'lensMm', 'durationSec', 'description'] as const)
    if (attributes[key] !== undefined) out[key] = attributes[key];
  if (typeof out.description === 'string')
    out.description = out.description.charAt(0).toUpperCase() + out.description.slice(1);
  return out;
}

/** Characters of the project the text names (possessives too: "Sarah's hands"), scene cast first. */
function charactersIn(file: ProjectFile, text: string, scene: Scene): string[] {
  const lower = text.toLowerCase();
  const named = file.entities.characters.filter((c) =>
    [c.name, ...c.aliases].some((n) =>
      new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower),
    ),
  );
  return named
    .sort((a, b) => Number(!scene.characterIds.includes(a.id)) - Number(!scene.characterIds.includes(b.id)))
    .map((c) => c.id);
}

const shotRef = (shot: Shot, scene: Scene): EntityRef => ({
  type: 'shot',
  id: shot.id,
  name: `Shot ${scene.number}.${shot.number}`,
});

/** "CU, low angle, crane, 85mm, 4s — Sarah's hands" */
function describe(
  shot: Pick<Shot, 'size' | 'angle' | 'movement' | 'lensMm' | 'durationSec' | 'description'>,
): string {
  const camera = [
    shot.size,
    shot.angle === 'eye' ? '' : `${shot.angle} angle`,
    shot.movement === 'static' ? '' : shot.movement,
    shot.lensMm ? `${shot.lensMm}mm` : '',
    shot.durationSec ? `${shot.durationSec}s` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return shot.description ? `${camera} — ${shot.description}` : camera;
}

const LENS_MM = ShotSchema.shape.lensMm.unwrap();
const DURATION_SEC = ShotSchema.shape.durationSec.unwrap();

/** Why a requested value cannot be a shot's (a 0mm lens, a 0-second shot), in words; undefined when it can. */
function impossibleValue(fields: Record<string, unknown>): string | undefined {
  const lens = fields.lensMm;
  if (typeof lens === 'number' && !LENS_MM.safeParse(lens).success)
    return `A ${lens}mm lens is not possible: focal lengths run from ${LENS_MM.minValue}mm to ${LENS_MM.maxValue}mm.`;
  const sec = fields.durationSec;
  if (typeof sec === 'number' && (sec <= 0 || !DURATION_SEC.safeParse(sec).success))
    return `A shot cannot last ${sec} seconds: give it more than 0 and at most ${DURATION_SEC.maxValue} seconds.`;
  return undefined;
}

/** The answer for a scene number the project does not have (for a shot of it, "shot 9.9", say which). */
function noScene(sceneNumber: number, shotNumber: number | undefined, scenes: number): string {
  if (shotNumber === undefined) return `There is no scene ${sceneNumber} in this project.`;
  const count = `${scenes} scene${scenes === 1 ? '' : 's'}`;
  return `There is no shot ${sceneNumber}.${shotNumber}: this project has no scene ${sceneNumber} (it has ${count}). Nothing was changed.`;
}

function addShot(
  builder: ChangeBuilder,
  file: ProjectFile,
  scene: Scene,
  shots: Shot[],
  text: string,
  fields: Record<string, unknown>,
) {
  const size = (fields.size as Shot['size'] | undefined) ?? 'MS';
  const data = {
    sceneId: scene.id,
    number: nextShotNumber(shots),
    size,
    angle: 'eye',
    movement: 'static',
    lensMm: LENS_BY_SIZE[size] ?? 50,
    characterIds: charactersIn(file, text, scene),
    ...fields,
  };
  const op = builder.create('shot', data);
  return op.after as unknown as Shot;
}

/** A size change re-lenses a shot that had the old size's usual lens (a lens the user chose stays). */
function changePatch(shot: Shot, fields: Record<string, unknown>): Record<string, unknown> {
  const patch = { ...fields };
  const size = fields.size as Shot['size'] | undefined;
  if (
    size &&
    fields.lensMm === undefined &&
    (shot.lensMm === undefined || shot.lensMm === LENS_BY_SIZE[shot.size])
  )
    patch.lensMm = LENS_BY_SIZE[size];
  return patch;
}

export async function editShot(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const attributes = params.attributes ?? {};
  const sceneNumber = typeof attributes.scene === 'number' ? attributes.scene : undefined;
  if (sceneNumber === undefined)
    return reply(
      `Which scene is that shot in? Name the scene too, for example “shot ${params.number ?? 2} in scene 3 should be wide”.`,
    );
  const groups = shotsByScene(file);
  const group = groups.find((g) => g.scene.number === sceneNumber);
  if (!group) return reply(noScene(sceneNumber, params.number, groups.length));
  const { scene, shots } = group;
  const fields = fieldsOf(attributes);
  const impossible = params.operation === 'delete' ? undefined : impossibleValue(fields);
  if (impossible) return reply(`${impossible} Nothing was changed.`);
  const builder = new ChangeBuilder(file, { via: 'chat', provenance: { messageId: state.messageId } });
  try {
    if (params.number === undefined) {
      const shot = addShot(builder, file, scene, shots, state.text, fields);
      await commitBuilder(deps, builder, chatLabel(state.text));
      const ref = shotRef(shot, scene);
      return reply(`Added ${refMarker(ref)} to scene ${scene.number}: ${describe(shot)}.`, {
        created: [ref],
      });
    }
    const shot = shots.find((s) => s.number === params.number);
    if (!shot)
      return reply(
        `Scene ${scene.number} has no shot ${params.number}; it has ${shots.length} shot${shots.length === 1 ? '' : 's'}.`,
      );
    const ref = shotRef(shot, scene);
    if (params.operation === 'delete') {
      builder.delete('shot', shot.id);
      for (const [id, number] of renumberInOrder(shots.filter((s) => s.id !== shot.id)))
        builder.update('shot', id, { number });
      await commitBuilder(deps, builder, chatLabel(state.text));
      return reply(`Deleted ${ref.name} and renumbered scene ${scene.number}. Say “undo” to bring it back.`, {
        deleted: [ref],
      });
    }
    if (Object.keys(fields).length === 0)
      return reply(
        `What should change about ${refMarker(ref)}? For example “make it a close-up” or “use a 35mm lens”.`,
      );
    const patch = changePatch(shot, fields);
    // Asking for what the shot already has changes nothing, and adds no empty undo step.
    if (Object.entries(patch).every(([k, v]) => (shot as Record<string, unknown>)[k] === v))
      return reply(`${refMarker(ref)} is already ${describe(shot)}; nothing to change.`);
    const op = builder.update('shot', shot.id, patch);
    await commitBuilder(deps, builder, chatLabel(state.text));
    return reply(`Updated ${refMarker(ref)}: ${describe(op.after as unknown as Shot)}.`, { updated: [ref] });
  } catch (error) {
    if (error instanceof AppFailure)
      return reply(`I couldn't change that shot: ${error.message}${error.remedy ? ` ${error.remedy}` : ''}`);
    throw error;
  }
}
