// The checkpoint of a pipeline run (runs/<runId>.json): request, stage outputs and status; written durably.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../shared/failure';
import { GuardedFile } from '../../store/guarded-file';
import type { GenerateParams } from '../../brains/offline/generate/types';

export type RunStatus = 'running' | 'paused' | 'awaiting_review' | 'done' | 'cancelled' | 'failed';

export interface StageRecord {
  status: 'done';
  finishedAt: string;
  /** The stage's drafts: resume reuses them instead of asking the brain again. */
  output: unknown;
  usage?: { promptTokens: number; completionTokens: number; costUsd?: number };
}

export interface RunRecord {
  runId: string;
  projectId: string;
  kind: 'generate';
  params: GenerateParams;
  /** Stages this run executes, in dependency order (skipped ones are absent). */
  plan: string[];
  status: RunStatus;
  startedAt: string;
  /** Base time of the run's stable ids. */
  idTime: number;
  updatedAt: string;
  stages: Record<string, StageRecord>;
  pauseReason?: string;
  error?: { code: string; message: string };
  costUsd: number;
  /** Version of each prompt file the run's model stages used (resources/prompts/<name>.md `version:` line). */
  prompts?: Record<string, number>;
  /** What the run was expected to cost when it started (model brains with a known price). */
  estimate?: { calls: number; costUsd: number };
  /** Tokens and estimated cost per stage (model brains). */
  usage?: Record<string, { promptTokens: number; completionTokens: number; costUsd: number }>;
  /** The run paused because its next model call would pass the budget. */
  budgetPaused?: boolean;
  /** Set when the user continued a run past its budget ("Continue anyway"): later stages no longer stop for it. */
  budgetWaived?: boolean;
  /** When regenerating a level: draft keys (`kind:key`) that reuse an existing entity's id, so references hold. */
  reuse?: Record<string, string>;
  /** What the run understood from the idea, as one line ("Rosa (safecracker, protagonist) · Lisbon · heist"). */
  brief?: string;
  /** The level a regeneration started from (later levels are marked stale, not overwritten). */
  regenerate?: string;
  /** Visible notices of the run (a stage the offline engine wrote instead of the model): kept for a reload. */
  notices?: string[];
}

/** How many notices a run keeps (one per stage part at most; the cap bounds a hand-edited record too). */
export const MAX_RUN_NOTICES = 20;

const RUN_ID = /^[0-9A-Z]{26}$/;

/** What a run killed with its process is marked as on the next open: paused, so it can be resumed. */
export const INTERRUPTED_REASON =
  'Interrupted (the process running it stopped); resume to continue from the last finished stage.';

/** The runs/ folder of a project; `assertWritable` (the session's) runs before every save. */
/**
 * One guard per run file in this process, whichever RunStore reads or saves it (the pipeline makes a RunStore per
 * call). Saves of one file run one at a time: our own previous write racing the conflict check would be a false
 * alarm. A run file another process replaced since we last read or wrote it is never overwritten (STORE_CONFLICT).
 */
const guards = new Map<string, { file: GuardedFile; last: Promise<unknown> }>();

function guardOf(path: string): { file: GuardedFile; last: Promise<unknown> } {
  let guard = guards.get(path);
  if (!guard) guards.set(path, (guard = { file: new GuardedFile(path), last: Promise.resolve() }));
  return guard;
}

/** Reads a run file through its guard (after this process's pending saves of it), remembering what was read. */
async function readGuarded(path: string): Promise<string | null> {
  const guard = guardOf(path);
  await guard.last;
  return guard.file.read();
}

export class RunStore {
  constructor(
    private readonly projectDir: string,
    private readonly assertWritable: () => void = () => undefined,
  ) {}

  private path(runId: string): string {
    if (!RUN_ID.test(runId)) throw new AppFailure('RUN_INVALID', `"${runId}" is not a run id.`);
    return join(this.projectDir, 'runs', `${runId}.json`);
  }

  async save(record: RunRecord): Promise<void> {
    this.assertWritable();
    const guard = guardOf(this.path(record.runId));
    // Queued before the first await: saves land in the order they were made (an await before joining the queue let
    // a later save overtake an earlier one under load, leaving the older record on disk).
    const text = JSON.stringify(record);
    const saved = guard.last.then(async () => {
      await fs.mkdir(join(this.projectDir, 'runs'), { recursive: true });
      await guard.file.write(text);
    });
    guard.last = saved.catch(() => undefined);
    await saved;
  }

  async load(runId: string): Promise<RunRecord> {
    const text = await readGuarded(this.path(runId));
    if (text === null)
      throw new AppFailure('RUN_NOT_FOUND', `No run ${runId} in this project.`, 'Start a new run.');
    return JSON.parse(text) as RunRecord;
  }

  /** Runs that did not finish (killed, paused, awaiting review), newest first: candidates for resume. */
  async unfinished(): Promise<RunRecord[]> {
    return (await this.all()).filter(
      (r) => r.status === 'running' || r.status === 'paused' || r.status === 'awaiting_review',
    );
  }

  /** Every run of the project, newest first. */
  async all(): Promise<RunRecord[]> {
    const dir = join(this.projectDir, 'runs');
    if (!existsSync(dir)) return [];
    const records: RunRecord[] = [];
    for (const name of await fs.readdir(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        const text = await readGuarded(join(dir, name));
        if (text !== null) records.push(JSON.parse(text) as RunRecord);
      } catch {
        /* a torn write never happens (atomic), but a hand-edited file must not break listing */
      }
    }
    return records.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }
}
