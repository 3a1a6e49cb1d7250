// Property: for any sequence of acknowledged writes and any crash point, recovery yields exactly the acknowledged prefix.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../../src-preload/contract/entities';
import { applyLedgerChange, ledgerPatch } from '../../../src-main/domain/relationship-ledger';
import { readProjectState } from '../../../src-main/store/open-project';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import type { ProjectSession } from '../../../src-main/store/project-session';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { makeMemoryTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
const agent = { via: 'agent' as const };

type Step =
  | { op: 'create'; n: number }
  | { op: 'update'; pick: number; n: number }
  | { op: 'delete'; pick: number }
  | { op: 'burst'; n: number }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'checkpoint' }
  | { op: 'interact'; n: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), n: fc.nat(99) }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), n: fc.nat(99) }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('burst' as const), n: fc.nat(99) }),
  fc.constant({ op: 'undo' as const }),
  fc.constant({ op: 'redo' as const }),
  fc.constant({ op: 'checkpoint' as const }),
  fc.record({ op: fc.constant('interact' as const), n: fc.nat(99) }),
);

/** The state in memory after each journaled write, by its sequence number (a write applies synchronously). */
type States = Map<number, string>;
const track = (session: ProjectSession, states: States): void => {
  states.set(session.file.journalSeq ?? 0, JSON.stringify(session.file));
};

/**
 * Appends 1–6 ledger entries (one change each) to a relationship between the first two characters, created when
 * missing: long enough ledgers that undo history and journal records hold them compactly. Each change's state is
 * tracked: a crash may keep any whole record of the step.
 */
async function interact(session: ProjectSession, n: number, states: States): Promise<void> {
  const [a, b] = session.file.entities.characters;
  if (!a || !b) return;
  let rel = session.file.entities.relationships.find((r) => r.sourceId === a.id && r.targetId === b.id);
  if (!rel) {
    const created = { sourceId: a.id, targetId: b.id, kind: 'rivalry', strength: 0, trust: 0.5 };
    rel = (await session.createEntity('relationship', created, agent)).entity as Relationship;
    track(session, states);
  }
  for (let i = 0; i <= n % 6; i++) {
    const current = session.file.entities.relationships.find((r) => r.id === rel.id)!;
    const fields = applyLedgerChange(
      current,
      { cause: 'chat', reason: `step ${n}.${i}`, dTrust: -0.02 },
      `t${n}`,
    );
    await session.updateEntity('relationship', rel.id, ledgerPatch(fields), agent);
    track(session, states);
  }
}

/** Runs one step to its acknowledgement (a burst: three concurrent changes sharing group commits). */
async function run(session: ProjectSession, step: Step, states: States): Promise<void> {
  const ids = session.file.entities.characters.map((c) => c.id);
  const pick = (i: number) => ids[i % ids.length]!;
  switch (step.op) {
    case 'create':
      await session.createEntity('character', { name: `C${step.n}`, mentions: step.n }, agent);
      return;
    case 'update':
      if (ids.length) await session.updateEntity('character', pick(step.pick), { mentions: step.n }, agent);
      return;
    case 'delete':
      if (ids.length) await session.deleteEntity('character', pick(step.pick));
      return;
    case 'burst': {
      const location = session.createEntity('location', { name: `L${step.n}` }, agent);
      track(session, states);
      const character = session.createEntity('character', { name: `B${step.n}` }, agent);
      track(session, states);
      const meta = session.updateMeta({ logline: `burst ${step.n}` }, 'burst');
      track(session, states);
      await Promise.all([location, character, meta]);
      return;
    }
    case 'undo':
      await session.undo();
      return;
    case 'redo':
      await session.redo();
      return;
    case 'checkpoint':
      await session.checkpoint();
      return;
    case 'interact':
      await interact(session, step.n, states);
      return;
  }
}

interface Snapshot {
  projectJson: string;
  journal: string;
  /** The session's state when the disk held these files (all acknowledged): what recovery must yield. */
  state: string;
}

function snapshot(dir: string, session: ProjectSession): Snapshot {
  const journal = join(dir, 'project.journal');
  return {
    projectJson: readFileSync(join(dir, 'project.json'), 'utf8'),
    journal: existsSync(journal) ? readFileSync(journal, 'utf8') : '',
    state: JSON.stringify(session.file),
  };
}

describe('journal recovery property', () => {
  it('recovers exactly the acknowledged prefix after a crash at any point of any write sequence', async () => {
    let crashes = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async (steps, crashPick, cut, zeros) => {
          const root = makeMemoryTempDir('storyloom-journal-prop-');
          const { repo, session, dir } = await openFreshProject('Property', root);
          const acked: Snapshot[] = [snapshot(dir, session)];
          const states: States = new Map();
          track(session, states);
          for (const step of steps) {
            await run(session, step, states);
            track(session, states);
            acked.push(snapshot(dir, session));
          }
          await repo.closeAll();

          // The crash comes after ack k, while the next write's append had reached the disk only in part. Points
          // where the next write appended to the same journal are preferred (elsewhere a crash is at a boundary).
          const grows = (i: number) =>
            acked[i + 1] !== undefined &&
            acked[i + 1]!.projectJson === acked[i]!.projectJson &&
            acked[i + 1]!.journal.length > acked[i]!.journal.length &&
            acked[i + 1]!.journal.startsWith(acked[i]!.journal);
          const appending = acked.map((_, i) => i).filter(grows);
          const k = appending.length ? appending[crashPick % appending.length]! : crashPick % acked.length;
          const at = acked[k]!;
          let journal = at.journal;
          let completeUnacked = 0;
          if (grows(k)) {
            const extra = acked[k + 1]!.journal.slice(at.journal.length);
            // Never the whole append: a complete record reached the disk, and its recovery is allowed but not required.
            const written = cut % extra.length;
            // Either the first bytes of the append, or blocks the disk had allocated but not yet filled.
            journal += zeros ? '\u0000'.repeat(written) : extra.slice(0, written);
            if (written > 0) crashes += 1;
            // A group commit's first records may reach the disk whole before the tear: durable, never acknowledged.
            // (A first write also created the journal: its header line is not a record.)
            const lines = zeros ? 0 : extra.slice(0, written).split('\n').length - 1;
            completeUnacked = Math.max(0, lines - (at.journal === '' ? 1 : 0));
          }
          const crashed = join(root, 'crashed');
          mkdirSync(crashed);
          writeFileSync(join(crashed, 'project.json'), at.projectJson);
          if (journal) writeFileSync(join(crashed, 'project.journal'), journal);

          // Exactly the acknowledged prefix, plus only the whole records that followed it on disk.
          const ackedSeq = (JSON.parse(at.state) as { journalSeq?: number }).journalSeq ?? 0;
          const expected = states.get(ackedSeq + completeUnacked)!;
          if (completeUnacked === 0) expect(expected).toBe(at.state);
          expect(JSON.stringify(await readProjectState(crashed))).toBe(expected);
          // Opening it for writing keeps the same state, and the project goes on working.
          const reopened = await new ProjectRepository({ root }).open(crashed);
          expect(reopened.readOnly).toBe(false);
          expect(JSON.stringify(reopened.file)).toBe(expected);
          await reopened.createEntity('character', { name: 'After the crash' }, agent);
          await reopened.close();
          const final = await readProjectState(crashed);
          expect(final.entities.characters.at(-1)?.name).toBe('After the crash');
        },
      ),
      { numRuns: 100 },
    );
    // The generator really produced crashes inside an append, not only at clean boundaries.
    expect(crashes).toBeGreaterThan(5);
  }, 240_000);
});
