// Ledger compaction: undo history and journal records hold a relationship's new ledger entries, not its whole ledger,
// and undo, redo, journal replay and reopening still give exactly the whole relationship back.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../../src-preload/contract/entities';
import type { Change, ChangeOp, ProjectFile } from '../../../src-preload/contract/project';
import { applyLedgerChange, ledgerPatch } from '../../../src-main/domain/relationship-ledger';
import { planUpdate } from '../../../src-main/store/entity-ops';
import { compactChange, expandChange } from '../../../src-main/store/ledger-compaction';
import { readProjectState } from '../../../src-main/store/open-project';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import type { ProjectSession } from '../../../src-main/store/project-session';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { makeMemoryTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
const agent = { via: 'agent' as const };

/** Two characters and a relationship between them, committed; returns the relationship's id. */
async function castPair(session: ProjectSession): Promise<string> {
  const a = await session.createEntity('character', { name: 'Ines' }, agent);
  const b = await session.createEntity('character', { name: 'Tomas' }, agent);
  const rel = await session.createEntity(
    'relationship',
    { sourceId: a.entity.id, targetId: b.entity.id, kind: 'friendship', strength: 0.2, trust: 0.5 },
    agent,
  );
  return rel.entity.id;
}

const relationshipOf = (session: ProjectSession, id: string): Relationship =>
  session.file.entities.relationships.find((r) => r.id === id)!;

/** One ledger entry on the relationship, committed as its own change. */
function interactOnce(session: ProjectSession, id: string, n: number) {
  const fields = applyLedgerChange(
    relationshipOf(session, id),
    {
      cause: 'chat',
      reason: `turn ${n}: they argue about the boat`,
      dStrength: n % 2 ? -0.05 : 0.04,
      dTrust: -0.01,
    },
    new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  );
  return session.updateEntity('relationship', id, ledgerPatch(fields), agent);
}

const relationshipOpOf = (change: Change): ChangeOp => change.ops.find((op) => op.type === 'relationship')!;

describe('compacting a change', () => {
  it('cuts both ledgers of a relationship update to what changed, and expands them back exactly', async () => {
    const { session, repo } = await openFreshProject('Compact');
    const id = await castPair(session);
    for (let n = 0; n < 10; n++) await interactOnce(session, id, n);
    const before = relationshipOf(session, id);
    const fields = applyLedgerChange(
      before,
      { cause: 'chat', reason: 'one more', dTrust: 0.1 },
      '2026-02-01T00:00:00Z',
    );
    const after = { ...before, ...ledgerPatch(fields) };
    const whole: Change = {
      id: 'c1',
      at: '2026-02-01T00:00:00Z',
      label: 'one more',
      ops: [{ type: 'relationship', id, before: { ...before }, after }],
    };
    const compact = compactChange(whole);
    const op = relationshipOpOf(compact);
    expect(op.historyFrom).toBe(before.history.length);
    expect((op.before as { history: unknown[] }).history).toEqual([]);
    expect((op.after as { history: unknown[] }).history).toHaveLength(1);
    expect(expandChange(session.file, compact)).toEqual(whole);
    await repo.closeAll();
  });

  it('keeps an entity whole when two ops of one change touch it, and leaves short ledgers alone', () => {
    const rel = (history: unknown[]) => ({ id: 'r', history });
    const entries = Array.from({ length: 6 }, (_, i) => ({ reason: `e${i}` }));
    const twice: Change = {
      id: 'c',
      at: 'now',
      label: 'twice',
      ops: [
        { type: 'relationship', id: 'r', before: rel(entries), after: rel([...entries, { reason: 'x' }]) },
        {
          type: 'relationship',
          id: 'r',
          before: rel([...entries, { reason: 'x' }]),
          after: rel([...entries]),
        },
      ],
    };
    expect(compactChange(twice)).toEqual(twice);
    const short: Change = {
      id: 'c',
      at: 'now',
      label: 'short',
      ops: [
        { type: 'relationship', id: 'r', before: rel(entries.slice(0, 2)), after: rel(entries.slice(0, 3)) },
      ],
    };
    expect(compactChange(short).ops[0]!.historyFrom).toBeUndefined();
  });

  it('refuses to expand onto a relationship holding fewer entries than the op continues (a foreign history)', () => {
    const file = { entities: { relationships: [{ id: 'r', history: [] }] } } as unknown as ProjectFile;
    const change: Change = {
      id: 'c',
      at: 'now',
      label: 'x',
      ops: [
        { type: 'relationship', id: 'r', before: { history: [] }, after: { history: [{}] }, historyFrom: 3 },
      ],
    };
    expect(() => expandChange(file, change)).toThrow(expect.objectContaining({ code: 'JOURNAL_MISMATCH' }));
  });
});

describe('planning a ledger update', () => {
  it('keeps the held entries as the same objects, and still refuses an invalid new entry', async () => {
    const { session, repo } = await openFreshProject('Plan');
    const id = await castPair(session);
    for (let n = 0; n < 5; n++) await interactOnce(session, id, n);
    const held = relationshipOf(session, id).history;
    const extra = { ...held[0]!, reason: 'one more' };
    const op = planUpdate(
      session.file,
      'relationship',
      id,
      { history: [...held, extra] },
      { via: 'agent', now: 'x' },
    );
    const history = (op.after as unknown as Relationship).history;
    expect(history.slice(0, 5).every((entry, i) => entry === held[i])).toBe(true);
    expect(history[5]).toEqual(extra);
    const invalid = { ...extra, dTrust: 'a lot' };
    expect(() =>
      planUpdate(
        session.file,
        'relationship',
        id,
        { history: [...held, invalid] },
        { via: 'agent', now: 'x' },
      ),
    ).toThrow(expect.objectContaining({ code: 'ENTITY_INVALID' }));
    await repo.closeAll();
  });
});

describe('a long ledger in a session', () => {
  it('stores each interaction compactly; undo, redo and reopening give the whole relationship back', async () => {
    const { session, repo, root, dir, projectId } = await openFreshProject('Long ledger');
    const id = await castPair(session);
    for (let n = 0; n < 40; n++) await interactOnce(session, id, n);
    const at40 = structuredClone(relationshipOf(session, id));
    for (let n = 40; n < 60; n++) await interactOnce(session, id, n);
    const at60 = structuredClone(relationshipOf(session, id));
    const top = relationshipOpOf(session.file.history.undo.at(-1)!);
    expect(top.historyFrom).toBe(59);
    // The change summary the window receives carries the whole relationship.
    const summary = await session.undo();
    expect((relationshipOpOf(summary! as unknown as Change).after as Relationship).history).toHaveLength(59);
    for (let n = 0; n < 19; n++) await session.undo();
    expect(relationshipOf(session, id)).toEqual(at40);
    // Journal replay (project.json plus records) while the session is open gives the same state.
    expect((await readProjectState(dir)).entities.relationships).toEqual(session.file.entities.relationships);
    for (let n = 0; n < 20; n++) await session.redo();
    expect(relationshipOf(session, id)).toEqual(at60);
    await repo.closeAll();
    const reopened = await new ProjectRepository({ root }).open(projectId);
    expect(reopened.file.entities.relationships.find((r) => r.id === id)).toEqual(at60);
    await reopened.undo();
    expect(reopened.file.entities.relationships.find((r) => r.id === id)!.history).toHaveLength(59);
    await reopened.close();
  });

  it('matches whole snapshots over random interactions, undos, redos and reopenings (property)', async () => {
    type Step = { op: 'interact'; n: number } | { op: 'undo' } | { op: 'redo' } | { op: 'reopen' };
    const stepArb: fc.Arbitrary<Step> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ op: fc.constant('interact' as const), n: fc.nat(20) }) },
      { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
      { weight: 1, arbitrary: fc.constant({ op: 'redo' as const }) },
      { weight: 1, arbitrary: fc.constant({ op: 'reopen' as const }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 40 }), async (steps) => {
        const root = makeMemoryTempDir('storyloom-ledger-prop-');
        let { session, repo } = await openFreshProject('Ledger property', root);
        const projectId = session.id;
        const id = await castPair(session);
        for (let n = 0; n < 6; n++) await interactOnce(session, id, n);
        // The model: whole snapshots of the relationship, with an undo and a redo stack of them.
        const done: Relationship[] = [structuredClone(relationshipOf(session, id))];
        let undone: Relationship[] = [];
        for (const [i, step] of steps.entries()) {
          if (step.op === 'interact') {
            await interactOnce(session, id, 100 + i);
            done.push(structuredClone(relationshipOf(session, id)));
            undone = [];
          } else if (step.op === 'undo' && done.length > 1) {
            await session.undo();
            undone.push(done.pop()!);
          } else if (step.op === 'redo' && undone.length) {
            await session.redo();
            done.push(undone.pop()!);
          } else if (step.op === 'reopen') {
            expect((await readProjectState(session.dir)).entities).toEqual(session.file.entities);
            await repo.closeAll();
            repo = new ProjectRepository({ root });
            session = await repo.open(projectId);
          }
          expect(relationshipOf(session, id)).toEqual(done.at(-1));
        }
        await repo.closeAll();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
