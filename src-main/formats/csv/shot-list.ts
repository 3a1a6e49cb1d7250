// The shot list: one row per shot in script order, with the camera setup each shot is filmed from.
import type { Shot } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { shotsByScene } from '../../domain/production-order';
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
export interface ShotListRow {
  scene: number;
  shot: number;
  size: Shot['size'];
  angle: Shot['angle'];
  movement: Shot['movement'];
  lensMm: number | '';
  durationSec: number | '';
  characters: string;
  location: string;
  intExt: string;
  timeOfDay: string;
  description: string;
  setup: string;
  status: string;
}

/** Where a shot stands: flagged after an upstream change, edited by hand, boarded, or only planned. */
function statusOf(shot: Shot): string {
  if (shot.stale) return 'needs review';
  if (shot.userEdited) return 'edited';
  if (shot.panel?.assetId) return 'boarded (image)';
  return shot.panel?.sketch ? 'boarded' : 'planned';
}

/**
 * Camera setups of one scene: shots from the same position (angle) with the same size and lens share a
 * setup, lettered A, B, C… in order of first use, so the crew lights and moves the camera once per letter.
 */
function setupsOf(sceneNumber: number, shots: readonly Shot[]): Map<string, string> {
  const letters = new Map<string, string>();
  const bySetup = new Map<string, string>();
  for (const shot of shots) {
    const key = `${shot.angle}|${shot.size}|${shot.lensMm ?? ''}`;
    let label = letters.get(key);
    if (!label) {
      const n = letters.size;
      label = `${sceneNumber}${n < 26 ? String.fromCharCode(65 + n) : `Z${n - 25}`}`;
      letters.set(key, label);
    }
    bySetup.set(shot.id, label);
  }
  return bySetup;
}

/** The rows of the shot list, scene by scene in script order, shots by number. */
export function shotListRows(file: ProjectFile): ShotListRow[] {
  const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
  const locations = new Map(file.entities.locations.map((l) => [l.id, l.name]));
  return shotsByScene(file).flatMap(({ scene, shots }) => {
    const heading = parseHeading(scene.heading);
    const setups = setupsOf(scene.number, shots);
    return shots.map((shot): ShotListRow => ({
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
