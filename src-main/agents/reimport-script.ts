// Re-imports a changed screenplay into its project: scenes matched by heading and order are updated in place.
import { isDeepStrictEqual } from 'node:util';
import type { ChangeSummary } from '../../src-preload/contract/dto';
import type { Scene } from '../../src-preload/contract/entities';
import type { ReimportReport } from '../../src-preload/contract/production';
import { scenesInOrder } from '../domain/production-order';
import { matchScenes } from '../domain/scene-matching';
import { parseFdx, parseFountain } from '../formats/screenplay';
import type { ScreenplayDocument } from '../formats/screenplay/types';
import { decodeImportText } from '../formats/text/import-text';
import { AppFailure } from '../shared/failure';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectSession } from '../store/project-session';
import { screenplaySceneData, screenplaySpeakerIds, type ImportCounts } from './import-analysis';

/** Fields a re-import writes; a scene whose fields all equal these is unchanged. */
const COMPARED = ['heading', 'timeOfDay', 'locationId', 'characterIds', 'elements'] as const;

function differs(scene: Scene, data: Record<string, unknown>): boolean {
  const current = scene as unknown as Record<string, unknown>;
  // Deep equality, not JSON text: the store's schema may order an element's keys differently.
  return COMPARED.some((k) => !isDeepStrictEqual(current[k] ?? null, data[k] ?? null));
}

function readScript(bytes: Uint8Array, fileName: string): ScreenplayDocument {
  const { text, kind } = decodeImportText(bytes, fileName);
  if (kind === 'prose')
    throw new AppFailure(
      'REIMPORT_NOT_SCREENPLAY',
      `${fileName} does not read as a screenplay (no scene headings), so its scenes cannot be matched.`,
      'Re-import a .fountain or .fdx screenplay; import a manuscript as a new project instead.',
    );
  return kind === 'fdx' ? parseFdx(text) : parseFountain(text);
}

/** The planned ops and the report, without writing: scenes in the new script's order, unmatched ones after. */
export function planReimport(builder: ChangeBuilder, doc: ScreenplayDocument, file: string): ReimportReport {
  const existing = scenesInOrder(builder.work);
  const { matches, unmatched } = matchScenes(existing, doc.scenes);
  const counts: ImportCounts = { characters: 0, locations: 0, scenes: 0, relationships: 0 };
  const ids = screenplaySpeakerIds(builder, doc, file, counts);
  const report: ReimportReport = {
    added: [],
    updated: [],
    unchanged: 0,
    missing: [],
    keptEdits: [],
    shotsKept: 0,
  };
  const kept = new Set<string>();
  for (const m of matches) {
    const incoming = doc.scenes[m.incoming]!;
    const data = screenplaySceneData(builder, incoming, ids, file, counts);
    const number = m.incoming + 1;
    const scene = m.existing !== undefined ? existing[m.existing] : undefined;
    if (!scene) {
      builder.create(
        'scene',
        { number, ...data },
        { provenance: { source: { file, start: incoming.start, end: incoming.end } } },
      );
      report.added.push(incoming.heading);
      continue;
    }
    kept.add(scene.id);
    // A scene edited by hand keeps the person's words; only its place in the script follows the new draft.
    if (scene.userEdited) report.keptEdits.push(scene.heading);
    else if (differs(scene, data)) report.updated.push(incoming.heading);
    else report.unchanged += 1;
    const patch =
      scene.userEdited || !differs(scene, data)
        ? {}
        : { ...data, timeOfDay: data.timeOfDay ?? null, locationId: data.locationId ?? null };
    if (scene.number !== number || Object.keys(patch).length > 0)
      builder.update('scene', scene.id, { ...patch, number });
  }
  unmatched.forEach((j, k) => {
    const scene = existing[j]!;
    report.missing.push(scene.heading);
    kept.add(scene.id);
    const number = doc.scenes.length + k + 1;
    if (scene.number !== number) builder.update('scene', scene.id, { number });
  });
  report.shotsKept = builder.work.entities.shots.filter((s) => kept.has(s.sceneId)).length;
  return report;
}

/**
 * Re-imports a changed screenplay into an open project as one undoable change (none when nothing changed).
 * Shots stay on their scenes, hand edits are kept, and scenes the new draft dropped are kept and reported.
 */
export async function reimportScript(
  session: ProjectSession,
  bytes: Uint8Array,
  fileName: string,
): Promise<ReimportReport & { change: ChangeSummary | null }> {
  const doc = readScript(bytes, fileName);
  const builder = new ChangeBuilder(session.file, { via: 'import' });
  const report = planReimport(builder, doc, fileName);
  const change = builder.ops.length > 0 ? await session.commit(`Re-import ${fileName}`, builder.ops) : null;
  return { ...report, change };
}

/** The report in one line for the user ("2 scenes updated, 1 added, 5 unchanged; 12 shots kept"). */
export function describeReimport(r: ReimportReport): string {
  const parts = [
    `${r.updated.length} updated`,
    `${r.added.length} added`,
    `${r.unchanged} unchanged`,
    ...(r.keptEdits.length ? [`${r.keptEdits.length} kept as you edited them`] : []),
    ...(r.missing.length ? [`${r.missing.length} no longer in the script (kept)`] : []),
  ];
  return `Scenes: ${parts.join(', ')}; ${r.shotsKept} shots kept.`;
}
