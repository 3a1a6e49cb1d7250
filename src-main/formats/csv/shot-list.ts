// The shot list: one row per shot in script order, with the camera setup each shot is filmed from.
import type { ShotListRow } from '../../../src-preload/contract/dto';
import type { Shot } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { shotsByScene } from '../../domain/production-order';
import { assignSetups } from '../../domain/shot-setups';
import { parseHeading } from '../screenplay/scene-heading';
import { writeCsv } from './write-csv';

/** Column titles, in the order productions print them. */
export const SHOT_LIST_COLUMNS = [
  'Scene',
  'Shot',
  'Size',
  'Angle',
  'Movement',
  'Lens (mm)',
  'Duration (s)',
  'Characters',
  'Location',
  'INT/EXT',
  'Time of day',
  'Description',
  'Setup',
  'Status',
] as const;

/** One shot list row; numbers stay numbers so a spreadsheet can total them. */
export type { ShotListRow };

/** Where a shot stands: flagged after an upstream change, edited by hand, boarded, or only planned. */
export function statusOf(shot: Shot): string {
  if (shot.stale) return 'needs review';
  if (shot.userEdited) return 'edited';
  if (shot.panel?.assetId) return 'boarded (image)';
  return shot.panel?.sketch ? 'boarded' : 'planned';
}

/** The rows of the shot list, scene by scene in script order, shots by number. */
export function shotListRows(file: ProjectFile): ShotListRow[] {
  const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
  const locations = new Map(file.entities.locations.map((l) => [l.id, l.name]));
  return shotsByScene(file).flatMap(({ scene, shots }) => {
    const heading = parseHeading(scene.heading);
    const setups = assignSetups(scene.number, shots);
    return shots.map((shot): ShotListRow => ({
      shotId: shot.id,
      sceneId: scene.id,
      scene: scene.number,
      shot: shot.number,
      size: shot.size,
      angle: shot.angle,
      movement: shot.movement,
      lensMm: shot.lensMm ?? '',
      durationSec: shot.durationSec === undefined ? '' : Math.round(shot.durationSec * 10) / 10,
      characters: shot.characterIds
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .join(', '),
      location: (scene.locationId ? locations.get(scene.locationId) : undefined) ?? heading.locationName,
      intExt: heading.intExt === 'OTHER' ? '' : heading.intExt,
      timeOfDay: scene.timeOfDay ?? heading.timeOfDay ?? '',
      description: shot.description ?? '',
      setup: setups.get(shot.id) ?? '',
      status: statusOf(shot),
    }));
  });
}

/** The shot list as RFC 4180 CSV (header row, then one row per shot). */
export function writeShotListCsv(file: ProjectFile): string {
  const rows = shotListRows(file).map((r) => [
    r.scene,
    r.shot,
    r.size,
    r.angle,
    r.movement,
    r.lensMm,
    r.durationSec,
    r.characters,
    r.location,
    r.intExt,
    r.timeOfDay,
    r.description,
    r.setup,
    r.status,
  ]);
  return writeCsv(SHOT_LIST_COLUMNS, rows);
}
