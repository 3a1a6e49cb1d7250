// Storyboard verbs: reorders and renumbering as one undoable change each, shot list rows, frame images in assets/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../src-main/ipc/handlers';
import { exportSessionArchive } from '../../../src-main/formats/archive/project-transfer';
import { readArchive } from '../../../src-main/formats/archive/read-archive';
import { pipelineServices } from '../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const WEB = { transport: 'web' as const };
/** The smallest valid PNG (1×1, transparent). */
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function storyboard() {
  const services = pipelineServices();
  const table = createHandlerTable(services);
  const { id: projectId } = await table['project:create']({ name: 'Board', kind: 'short-film' }, WEB);
  const make = async (type: 'scene' | 'shot', data: Record<string, unknown>) =>
    (await table['entity:create']({ projectId, type, data }, WEB)).entity.id;
  const s1 = await make('scene', { number: 1, heading: 'INT. DINER - NIGHT' });
  const s2 = await make('scene', { number: 2, heading: 'EXT. ROAD - DAY' });
  const shot = (sceneId: string, number: number, extra: Record<string, unknown> = {}) =>
    make('shot', { sceneId, number, size: 'MS', angle: 'eye', movement: 'static', ...extra });
  const a = await shot(s1, 1);
  const b = await shot(s1, 2, { size: 'CU', lensMm: 85 });
  const c = await shot(s1, 3);
  const d = await shot(s2, 1);
  const session = await services.projects.open(projectId);
  const numbers = () =>
    Object.fromEntries(
      session.file.entities.shots.map((s) => [s.id, `${s.sceneId === s1 ? 1 : 2}.${s.number}`]),
    );
  return { services, table, projectId, session, s1, s2, a, b, c, d, numbers };
}

describe('shot:reorder', () => {
  it('renumbers the scene in the new order as one change that one undo reverts', async () => {
    const { services, table, projectId, a, b, c, s1, numbers } = await storyboard();
    const { change } = await table['shot:reorder']({ projectId, sceneId: s1, shotIds: [b, a, c] }, WEB);
    expect(change?.label).toBe('Reorder the shots of scene 1');
    expect([numbers()[b], numbers()[a], numbers()[c]]).toEqual(['1.1', '1.2', '1.3']);
    await table['history:undo']({ projectId }, WEB);
    expect([numbers()[a], numbers()[b], numbers()[c]]).toEqual(['1.1', '1.2', '1.3']);
    // The same order again saves nothing.
    expect(
      (await table['shot:reorder']({ projectId, sceneId: s1, shotIds: [a, b, c] }, WEB)).change,
    ).toBeNull();
    await services.shutdown();
  });

  it('moves a shot into another scene and closes the gap it leaves', async () => {
    const { services, table, projectId, a, b, c, d, s2, numbers } = await storyboard();
    await table['shot:reorder']({ projectId, sceneId: s2, shotIds: [d, b] }, WEB);
    expect(numbers()).toMatchObject({ [a]: '1.1', [c]: '1.2', [d]: '2.1', [b]: '2.2' });
    await services.shutdown();
  });

  it('keeps a number the user gave by hand', async () => {
    const { services, table, projectId, a, b, c, s1, numbers } = await storyboard();
    await table['entity:update'](
      { projectId, type: 'shot', id: b, patch: { number: 10, numberLocked: true } },
      WEB,
    );
    await table['shot:reorder']({ projectId, sceneId: s1, shotIds: [c, b, a] }, WEB);
    expect([numbers()[c], numbers()[b], numbers()[a]]).toEqual(['1.1', '1.10', '1.11']);
    await services.shutdown();
  });

  it('refuses an order that names a shot twice, and changes nothing', async () => {
    const { services, table, projectId, a, s1, session } = await storyboard();
    const before = session.revision;
    await expect(
      table['shot:reorder']({ projectId, sceneId: s1, shotIds: [a, a] }, WEB),
    ).rejects.toMatchObject({
      code: 'ORDER_INVALID',
    });
    expect(session.revision).toBe(before);
    await services.shutdown();
  });
});

describe('scene:reorder and shot:renumber', () => {
  it('numbers scenes in the new order and closes gaps in shot numbers', async () => {
    const { services, table, projectId, session, s1, s2, a, b, c, numbers } = await storyboard();
    await table['scene:reorder']({ projectId, sceneIds: [s2, s1] }, WEB);
    const sceneNumbers = Object.fromEntries(session.file.entities.scenes.map((s) => [s.id, s.number]));
    expect(sceneNumbers).toEqual({ [s2]: 1, [s1]: 2 });
    await table['entity:delete']({ projectId, type: 'shot', id: a }, WEB);
    await table['shot:renumber']({ projectId }, WEB);
    expect([numbers()[b], numbers()[c]]).toEqual(['1.1', '1.2']);
    await services.shutdown();
  });
});

describe('shot:list', () => {
  it('gives one row per shot with its id, setup and status', async () => {
    const { services, table, projectId, a, b, c } = await storyboard();
    const rows = await table['shot:list']({ projectId }, WEB);
    expect(rows).toHaveLength(4);
    const setup = Object.fromEntries(rows.map((r) => [r.shotId, r.setup]));
    expect(setup[a]).toBe('1A');
    expect(setup[b]).toBe('1B');
    expect(setup[c]).toBe('1A');
    expect(rows[0]).toMatchObject({ scene: 1, shot: 1, intExt: 'INT', timeOfDay: 'NIGHT' });
    await services.shutdown();
  });
});

describe('asset:put and asset:get', () => {
  it('stores an image under assets/, reads it back, and the archive carries it', async () => {
    const { services, table, projectId, session, a } = await storyboard();
    const put = await table['asset:put']({ projectId, fileName: 'frame.png', base64: PNG_1PX }, WEB);
    expect(put.mime).toBe('image/png');
    expect(readdirSync(join(session.dir, 'assets'))).toContain(put.assetId);
    await table['entity:update'](
      { projectId, type: 'shot', id: a, patch: { panel: { assetId: put.assetId } } },
      WEB,
    );
    const got = await table['asset:get']({ projectId, assetId: put.assetId }, WEB);
    expect(got.base64).toBe(PNG_1PX);
    const archive = readArchive((await exportSessionArchive(session, '0.0.0')).bytes);
    expect([...archive.assets.keys()]).toEqual([`assets/${put.assetId}`]);
    await services.shutdown();
  });

  it('refuses a file that is not an image, whatever its name says', async () => {
    const { services, table, projectId } = await storyboard();
    const text = Buffer.from('not really a png').toString('base64');
    await expect(
      table['asset:put']({ projectId, fileName: 'frame.png', base64: text }, WEB),
    ).rejects.toMatchObject({
      code: 'ASSET_NOT_IMAGE',
    });
    await expect(table['asset:get']({ projectId, assetId: '../project.json' }, WEB)).rejects.toMatchObject({
      code: 'ASSET_NOT_FOUND',
    });
    await services.shutdown();
  });
});
