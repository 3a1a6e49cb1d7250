// `storyloom chat`: one headless chat turn, waiting for the work it starts, with progress on a terminal.
import { AppFailure } from '../../shared/failure';
import { stringOption } from '../args';
import { cliServices } from '../cli-context';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';
import type { Simulation } from '../../../src-preload/contract/simulation';
import { agentProgressPrinter } from '../progress';
import type { ChatTurnResult } from '../../../src-preload/contract/dto';
import type { TaskOutcome } from '../../queue/queue-service';
import type { RunOutcome } from '../../agents/pipeline/pipeline-service';

/**
 * The one-line reason a turn failed, or null: the turn itself failed, the bulk task it queued did not finish
 * cleanly (all or some items failed, or it was cancelled), or the pipeline run it started failed.
 */
export function turnFailure(
  result: ChatTurnResult,
  task: TaskOutcome | undefined,
  run: RunOutcome | undefined,
): string | null {
  const reply = result.messages.find((m) => m.id === result.assistantMessageId);
  if (reply?.status === 'failed') {
    const error = reply.error;
    return `the message failed (${error?.code ?? 'FAILED'}): ${error?.message ?? 'no reason given'}${error?.remedy ? ` ${error.remedy}` : ''}`;
  }
  if (task && task.status !== 'done') {
    const total = task.created.length + task.failed.length;
    const first = task.failed[0];
    return `the ${task.kind === 'portrait' ? 'portrait' : 'bulk'} task ${task.status}: ${task.failed.length} of ${total} items failed${first ? ` (first: ${first.label}: ${first.error})` : ''}.`;
  }
  if (run && (run.status === 'failed' || run.status === 'cancelled'))
    return `the run ${run.status}: ${run.reason ?? 'no reason given'}.`;
  return null;
}

export const chatCommand: CommandRun = async (args, io) => {
  const [ref, ...words] = args.positionals;
  const text = words.join(' ').trim();
  if (!ref || !text)
    throw new AppFailure('CLI_USAGE', 'Usage: `storyloom chat <project> "<message>" --json`.');
  const services = cliServices(args, io);
  const session = await services.projects.open(ref);
  const print = agentProgressPrinter(io, Boolean(args.options.quiet));
  const unsubscribe = services.events.subscribe((event, payload) => {
    if (event === 'agent:event') print(payload as Parameters<typeof print>[0]);
  });
  let reported = false;
  try {
    // Bulk tasks a killed process left unfinished continue here (the CLI waits for them before it exits).
    const resumedTasks = await services.queue.resume(session.id);
    const sessionOption = stringOption(args, 'session');
    const result = await services.chat.send(session.id, text, sessionOption);
    // Wait for the work the turn started (a pipeline run), so the project is complete when we print.
    const run = result.pipelineRunId ? await services.pipeline.wait(result.pipelineRunId) : undefined;
    const task = result.queueTaskId ? await services.queue.wait(result.queueTaskId) : undefined;
    let reply = result.reply;
    let blocked = result.blocked;
    let created = result.created;
    if (task?.kind === 'portrait') {
      reply += `\n\nPortrait task ${task.status}${task.failed.length ? `: ${task.failed.map((f) => f.error).join('; ')}` : ''}.`;
    } else if (task) {
      created = [...created, ...task.created];
      reply += `\n\n${task.created.length} created${task.failed.length ? `, ${task.failed.length} failed (${task.failed.map((f) => `${f.label}: ${f.error}`).join('; ')})` : ''} — task ${task.status}.`;
    }
    if (run && run.status !== 'done') {
      reply += `\n\nThe run stopped (${run.status}): ${run.reason ?? 'no reason given'}`;
      blocked ??= {
        code: `RUN_${run.status.toUpperCase()}`,
        reasons: [run.reason ?? run.status],
        remedies: run.remedies,
      };
    } else if (run) {
      reply += `\n\nThe run finished: ${run.stagesDone.length} stages done.`;
    }
    const json = {
      reply,
      intent: result.intent,
      created,
      updated: result.updated,
      ...(blocked ? { blocked } : {}),
      deleted: result.deleted,
      choices: result.choices,
      // What went wrong with the model on the way (retries, offline fallbacks): scripts must see it too.
      notices: result.notices,
      sessionId: result.sessionId,
      runId: result.runId,
      ...(run ? { run: { runId: run.runId, status: run.status, stagesDone: run.stagesDone.length } } : {}),
      ...(result.simulation ? { simulation: simulationJson(result.simulation) } : {}),
      ...(task ? { task: { taskId: task.taskId, status: task.status, failed: task.failed } } : {}),
      ...(resumedTasks ? { resumedTasks } : {}),
    };
    const choices = result.choices.length
      ? `\n${result.choices.map((c) => `  → ${c.label}: "${c.command}"`).join('\n')}`
      : '';
    const notices = result.notices.length ? `\n${result.notices.map((n) => `  ! ${n}`).join('\n')}` : '';
    printResult(args, io, json, `${reply}${choices}${notices}`);
    await services.queue.idle(session.id);
    const failure = turnFailure(result, task, run);
    if (!failure) return 0;
    reported = true;
    io.stderr(`storyloom: ${failure}`);
    return 1;
  } finally {
    unsubscribe();
    // A turn that already failed (a full disk…) also leaves its change unsaved at close: one reason is enough.
    await services.shutdown().catch((error: unknown) => {
      if (!reported) throw error;
    });
  }
};

/** The scene as the CLI prints it: the documented turns and changes first, the rest after. */
function simulationJson(sim: Simulation) {
  return {
    turns: sim.turns.map((t) => ({
      speaker: t.speaker,
      characterId: t.characterId,
      text: t.text,
      ...(t.by ? { by: t.by } : {}),
    })),
    changes: sim.changes.map((c) => ({
      relationshipId: c.relationshipId,
      dStrength: c.dStrength,
      dTrust: c.dTrust,
      reason: c.reason,
    })),
    id: sim.id,
    status: sim.status,
    ending: sim.ending,
    emotions: sim.emotions,
    ...(sim.usage ? { usage: sim.usage } : {}),
    ...(sim.savedSceneId ? { savedSceneId: sim.savedSceneId } : {}),
  };
}
