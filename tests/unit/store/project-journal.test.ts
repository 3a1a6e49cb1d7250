// The write-ahead journal: torn tails are dropped, a damaged record stops replay (kept aside), a checkpoint holds its sequence.
import {
  appendFileSync,
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import { crc32 } from 'node:zlib';
import { crc32Fallback, JOURNAL_HEADER, parseJournal } from '../../../src-main/store/journal-codec';
import { readProjectState } from '../../../src-main/store/open-project';
import { LOCK_FILE } from '../../../src-main/store/project-lock';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
const agent = { via: 'agent' as const };

/** A project with three acknowledged counter changes that are in the journal only (no checkpoint since). */
async function journaledProject() {
  const fresh = await openFreshProject('Journal');
  const { entity } = await fresh.session.createEntity('character', { name: 'Counter', mentions: 0 }, agent);
  for (let i = 1; i <= 3; i++)
    await fresh.session.updateEntity('character', entity.id, { mentions: i }, agent);
  return { ...fresh, characterId: entity.id };
}

/** Copies a live project folder as a crash would leave it: the files on disk, and no live lock holder. */
function crashCopy(dir: string): { root: string; dir: string } {
  const root = makeTempDir('storyloom-journal-crash-');
  const copy = join(root, 'crashed');
  cpSync(dir, copy, { recursive: true });
  rmSync(join(copy, LOCK_FILE), { force: true });
  return { root, dir: copy };
}

const mentions = (file: { entities: { characters: unknown[] } }) =>
  (file.entities.characters[0] as Character | undefined)?.mentions;

describe('journal checksum', () => {
  it('the JavaScript CRC-32 (Node without zlib.crc32) equals zlib’s, so a journal reads the same everywhere', () => {
    for (const text of ['', '1 {"kind":"undo"}', 'Zoë’s café ✓ 漢字', 'x'.repeat(100_000)])
      expect(crc32Fallback(text)).toBe(crc32(text));
  });
});

describe('project journal', () => {
  it('acknowledges a change once it is in the journal, before project.json is rewritten', async () => {
    const { repo, dir } = await journaledProject();
    const onDisk = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as { journalSeq?: number };
    // project.json was not rewritten per change; the journal holds the four records.
    expect(onDisk.journalSeq ?? 0).toBe(0);
    const parsed = parseJournal(readFileSync(join(dir, 'project.journal'), 'utf8'));
    expect(parsed.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(parsed.stop).toBeNull();
    expect(mentions(await readProjectState(dir))).toBe(3);
    await repo.closeAll();
    // Closing checkpoints everything and removes the journal: a closed project is one file again.
    expect(existsSync(join(dir, 'project.journal'))).toBe(false);
    const closed = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as { journalSeq?: number };
    expect(closed.journalSeq).toBe(4);
    expect(mentions(closed as never)).toBe(3);
  });

  it('a second reader (read-only open, listing) sees changes that are only in the journal', async () => {
    const { session, repo, root, dir, projectId } = await journaledProject();
    await session.updateMeta({ name: 'Renamed in the journal' }, 'rename');
    const other = new ProjectRepository({ root, owner: 'second reader' });
    const listed = (await other.list()).find((p) => p.id === projectId);
    expect(listed?.name).toBe('Renamed in the journal');
    const reader = await other.open(dir);
    expect(reader.readOnly).toBe(true);
    expect(mentions(reader.file)).toBe(3);
    expect(reader.file.project.name).toBe('Renamed in the journal');
    // The reader wrote nothing: the writer's journal goes on accepting appends.
    await session.updateEntity('character', session.file.entities.characters[0]!.id, { mentions: 9 }, agent);
    await other.closeAll();
    await repo.closeAll();
    expect(mentions(await readProjectState(dir))).toBe(9);
  });

  it('checkpoints in the background as the journal grows, rotating it without losing an acknowledged change', async () => {
    const { session, repo, dir, characterId } = await journaledProject();
    const text = 'The harbour lights go out one by one, and each one takes a name with it. '.repeat(250);
    const seqsOnDisk = new Set<number>();
    // Each change carries ~18 KB twice (before and after): 4 MB of journal comes after about 110 of them.
    for (let i = 1; i <= 160; i++) {
      await session.updateEntity(
        'character',
        characterId,
        { mentions: 100 + i, description: `${i} ${text}` },
        agent,
      );
      if (i % 20 === 0) {
        // Acknowledged means durable, whatever the checkpoint and the rotation are doing meanwhile.
        const state = await readProjectState(dir);
        expect(mentions(state)).toBe(100 + i);
        const onDisk = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as { journalSeq?: number };
        seqsOnDisk.add(onDisk.journalSeq ?? 0);
      }
    }
    await session.flush();
    // project.json was rewritten behind the appends, and the journal no longer holds what it contains.
    expect(Math.max(...seqsOnDisk)).toBeGreaterThan(4);
    const journal = parseJournal(readFileSync(join(dir, 'project.journal'), 'utf8'));
    // Rotated: the first records (held by a checkpoint) are gone, and what remains is numbered without a gap (a
    // rotation finishing right now may even have emptied it).
    const seqs = journal.records.map((r) => r.seq);
    expect(seqs.length).toBeLessThan(164);
    if (seqs.length) {
      expect(seqs[0]).toBeGreaterThan(1);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, k) => seqs[0]! + k));
    }
    await repo.closeAll();
    expect(mentions(await readProjectState(dir))).toBe(260);
  });

  it('drops a torn last record (an append cut short was never acknowledged) and keeps nothing aside', async () => {
    const { repo, dir } = await journaledProject();
    const crashed = crashCopy(dir);
    await repo.closeAll();
    // Half of a fifth record: the process died inside its append.
    const torn = '5 01234567 {"kind":"commit","change":{"id":"x","at":"y","lab';
    appendFileSync(join(crashed.dir, 'project.journal'), torn);
    expect(mentions(await readProjectState(crashed.dir))).toBe(3);

    const reopened = await new ProjectRepository({ root: crashed.root }).open(crashed.dir);
    expect(reopened.readOnly).toBe(false);
    expect(reopened.recovery).toMatchObject({ replayed: 4, keptAside: null });
    expect(reopened.recovery.reason).toMatch(/torn/);
    expect(mentions(reopened.file)).toBe(3);
    // The replayed records were checkpointed and the journal cleared, so new records never follow garbage.
    expect(existsSync(join(crashed.dir, 'project.journal'))).toBe(false);
    await reopened.updateEntity(
      'character',
      (reopened.file.entities.characters[0] as Character).id,
      { mentions: 4 },
      agent,
    );
    expect(mentions(await readProjectState(crashed.dir))).toBe(4);
    await reopened.close();
    expect(readdirSync(crashed.dir).filter((n) => n.includes('dropped'))).toEqual([]);
  });

  it('stops replay at a record whose checksum is wrong, and keeps the unreplayed records aside', async () => {
    const { repo, dir } = await journaledProject();
    const crashed = crashCopy(dir);
    await repo.closeAll();
    const path = join(crashed.dir, 'project.journal');
    const lines = readFileSync(path, 'utf8').split('\n');
    // lines[0] is the header; lines[3] is record 3 (mentions: 2). Flip one digit of its payload.
    expect(lines[3]).toMatch(/^3 [0-9a-f]{8} .*"mentions":2/);
    lines[3] = lines[3]!.replace('"mentions":2', '"mentions":7');
    writeFileSync(path, lines.join('\n'));

    expect(mentions(await readProjectState(crashed.dir))).toBe(1);
    const reopened = await new ProjectRepository({ root: crashed.root }).open(crashed.dir);
    expect(reopened.recovery.replayed).toBe(2);
    expect(reopened.recovery.reason).toMatch(/damaged record/);
    expect(mentions(reopened.file)).toBe(1);
    // Records 3 and 4 are not trusted, and not destroyed either.
    const aside = reopened.recovery.keptAside!;
    expect(aside).toMatch(/^project\.dropped-.*\.journal$/);
    const kept = readFileSync(join(crashed.dir, aside), 'utf8');
    expect(
      kept
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['3', '4']);
    await reopened.close();
  });

  it('stops replay at a gap in the numbering (a journal that does not continue this project.json)', async () => {
    const { repo, dir } = await journaledProject();
    const crashed = crashCopy(dir);
    await repo.closeAll();
    const path = join(crashed.dir, 'project.journal');
    const lines = readFileSync(path, 'utf8').split('\n');
    // Remove record 2: records 3 and 4 no longer follow what project.json plus record 1 hold.
    writeFileSync(path, [lines[0], lines[1], lines[3], lines[4], ''].join('\n'));
    const state = await readProjectState(crashed.dir);
    expect(state.journalSeq).toBe(1);
    expect(mentions(state)).toBe(0);
  });

  it('skips records a checkpoint already holds (a crash between checkpoint and journal rotation)', async () => {
    const { session, repo, dir, characterId } = await journaledProject();
    const before = readFileSync(join(dir, 'project.journal'), 'utf8');
    await session.checkpoint();
    await session.updateEntity('character', characterId, { mentions: 4 }, agent);
    const rotated = readFileSync(join(dir, 'project.journal'), 'utf8');
    // The rotation kept only what the checkpoint does not hold: record 5.
    expect(parseJournal(rotated).records.map((r) => r.seq)).toEqual([5]);
    const crashed = crashCopy(dir);
    await repo.closeAll();
    // The same disk had the crash come before the rotation: records 1-4 (held by project.json), then record 5.
    writeFileSync(join(crashed.dir, 'project.journal'), before + rotated.slice(JOURNAL_HEADER.length));
    expect(JSON.parse(readFileSync(join(crashed.dir, 'project.json'), 'utf8')).journalSeq).toBe(4);
    const state = await readProjectState(crashed.dir);
    expect(state.journalSeq).toBe(5);
    expect(mentions(state)).toBe(4);
    expect(state.history.undo).toHaveLength(5);
  });

  it('restoring a backup sets the journal aside: its records continue the replaced file, not the backup', async () => {
    const { repo, dir } = await journaledProject();
    const crashed = crashCopy(dir);
    await repo.closeAll();
    const restorer = new ProjectRepository({ root: crashed.root });
    const backupState = JSON.parse(
      readFileSync(join(crashed.dir, 'backups', readdirSync(join(crashed.dir, 'backups'))[0]!), 'utf8'),
    ) as { entities: { characters: unknown[] } };
    const session = await restorer.restoreBackup(crashed.dir);
    expect(session.file.entities.characters).toEqual(backupState.entities.characters);
    expect(session.recovery.replayed).toBe(0);
    const names = readdirSync(crashed.dir);
    expect(names.filter((n) => /^project\.damaged-\d+\.journal$/.test(n))).toHaveLength(1);
    expect(names).not.toContain('project.journal');
    await restorer.closeAll();
  });

  it('a refused restore (no such backup) leaves the open project and its journal exactly as they were', async () => {
    const { repo, projectId, dir } = await journaledProject();
    const before = ['project.json', 'project.journal'].map((f) => readFileSync(join(dir, f), 'utf8'));
    await expect(repo.restoreBackup(projectId, 'not-a-backup.json')).rejects.toBeDefined();
    await expect(repo.restoreBackup(projectId, '../project.json')).rejects.toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    });
    expect(['project.json', 'project.journal'].map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(
      before,
    );
    await repo.closeAll();
  });

  it('replays undo and redo with the same apply code, and refuses a journal of another format', async () => {
    const { session, repo, dir } = await journaledProject();
    await session.undo();
    await session.undo();
    await session.redo();
    const expected = JSON.stringify(session.file);
    const crashed = crashCopy(dir);
    await repo.closeAll();
    expect(JSON.stringify(await readProjectState(crashed.dir))).toBe(expected);

    const path = join(crashed.dir, 'project.journal');
    writeFileSync(path, readFileSync(path, 'utf8').replace(JOURNAL_HEADER, 'storyloom-journal 9 schema 1\n'));
    const state = await readProjectState(crashed.dir);
    expect(state.journalSeq ?? 0).toBe(0);
  });
});
