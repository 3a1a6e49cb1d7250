// Export → import round trip: same entities, chat and assets; a second import of the same archive remaps every id.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../src-preload/contract/chat';
import { ULID_PATTERN } from '../../../../src-preload/contract/entities';
import { readArchive } from '../../../../src-main/formats/archive/read-archive';
import { ProjectRepository } from '../../../../src-main/store/project-repository';
import { exportProject, importProject } from '../../../../src-main/formats/archive/project-transfer';
import { seededProject } from '../../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** A seeded project with a chat log that references its entities, and one image asset. */
async function exportedProject() {
  const seeded = await seededProject('Round Trip');
  const message: ChatMessage = {
    id: 'msg-1',
    sessionId: 'main',
    role: 'assistant',
    content: 'Created Ada and Ben.',
    at: '2030-01-01T00:00:00.000Z',
    createdIds: [seeded.ids.ada, seeded.ids.ben],
    updatedIds: [],
    status: 'done',
  };
  writeFileSync(join(seeded.dir, 'chat', 'main.jsonl'), `${JSON.stringify(message)}\n`);
  writeFileSync(join(seeded.dir, 'assets', 'portrait.png'), PNG);
  const archive = await exportProject(seeded.repo, seeded.projectId, '0.0.0-test');
  return { ...seeded, archive };
}

/** Entities as comparable JSON (timestamps and ids included). */
const entitiesJson = (file: { entities: unknown }) => JSON.stringify(file.entities);

describe('export and import', () => {
  it('exports a manifest-checked archive named after the project', async () => {
    const { archive, repo, projectId } = await exportedProject();
    expect(archive.fileName).toBe('Round Trip.storyloom');
    const contents = readArchive(archive.bytes);
    expect(contents.manifest.projectId).toBe(projectId);
    expect(contents.manifest.parts.map((p) => p.path).sort()).toEqual([
      'assets/portrait.png',
      'chat/main.jsonl',
      'project.json',
    ]);
    // The latest state (the session's, journal included), without the exporting folder's journal sequence.
    const session = await repo.open(projectId);
    expect(session.file.journalSeq).toBeGreaterThan(0);
    const { journalSeq: _local, ...portable } = session.file;
    expect(contents.project).toEqual(portable);
    await repo.closeAll();
  });

  it('imports into another root with the same ids, entities, chat and assets', async () => {
    const { archive, repo, session, projectId } = await exportedProject();
    const otherRoot = makeTempDir();
    const other = new ProjectRepository({ root: otherRoot });
    const imported = await importProject(other, archive.bytes);
    expect(imported.remappedIds).toBe(0);
    expect(imported.id).toBe(projectId);
    expect(imported.counts).toEqual({ characters: 3, locations: 1, scenes: 2, shots: 1 });
    const copy = await other.open(imported.id);
    expect(entitiesJson(copy.file)).toBe(entitiesJson(session.file));
    expect(readFileSync(join(imported.path, 'chat', 'main.jsonl'), 'utf8')).toBe(
      readFileSync(join(session.dir, 'chat', 'main.jsonl'), 'utf8'),
    );
    expect(new Uint8Array(readFileSync(join(imported.path, 'assets', 'portrait.png')))).toEqual(PNG);
    expect(readdirSync(join(otherRoot, '.staging'))).toEqual([]);
    await other.closeAll();
    await repo.closeAll();
  });

  it('importing the same archive twice remaps every id and rewrites references consistently', async () => {
    const { archive, repo, session, projectId, ids } = await exportedProject();
    // The original is still under this root, so even the first import collides.
    const first = await importProject(repo, archive.bytes);
    const second = await importProject(repo, archive.bytes);
    const entityCount = 3 + 1 + 2 + 1 + 2;
    for (const imported of [first, second]) {
      expect(imported.remappedIds).toBe(entityCount + 1);
      expect(imported.id).not.toBe(projectId);
      expect(imported.id).toMatch(ULID_PATTERN);
    }
    expect(first.id).not.toBe(second.id);
    expect((await repo.list()).length).toBe(3);

    const copy = await repo.open(second.id);
    const text = JSON.stringify(copy.file);
    for (const old of [projectId, ...Object.values(ids)]) expect(text).not.toContain(old);
    const e = copy.file.entities;
    const charId = new Map(e.characters.map((c) => [c.name, c.id]));
    const friendship = e.relationships.find((r) => r.kind === 'friendship')!;
    expect([friendship.sourceId, friendship.targetId]).toEqual([charId.get('Ada'), charId.get('Ben')]);
    const scene1 = e.scenes.find((s) => s.number === 1)!;
    expect(scene1.characterIds).toEqual([charId.get('Ada'), charId.get('Ben')]);
    expect(scene1.locationId).toBe(e.locations[0]!.id);
    expect(e.shots[0]!.sceneId).toBe(scene1.id);
    expect(e.shots[0]!.characterIds).toEqual([charId.get('Ada')]);
    // Apart from ids, the entities are unchanged.
    const strip = (file: { entities: Record<string, { name?: string; heading?: string }[]> }) =>
      Object.values(file.entities)
        .flat()
        .map((x) => x.name ?? x.heading ?? '')
        .sort();
    expect(strip(copy.file as never)).toEqual(strip(session.file as never));
    // The chat log of the copy points at the copy's entities, not the original's.
    const chat = JSON.parse(readFileSync(join(second.path, 'chat', 'main.jsonl'), 'utf8')) as ChatMessage;
    expect(chat.createdIds).toEqual([charId.get('Ada'), charId.get('Ben')]);
    // The original is untouched.
    expect(session.file.entities.characters.map((c) => c.id)).toEqual([ids.ada, ids.ben, ids.cleo]);
    await repo.closeAll();
  });
});
