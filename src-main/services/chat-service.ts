// The chat service: sessions per project, one run per message through the agent graph, cancellation.
import { setMaxListeners } from 'node:events';
import type { ChatTurnResult } from '../../src-preload/contract/dto';
import type { TurnGraph } from '../agents/graph';
import { BudgetMeter, effectiveCap } from '../agents/budget-meter';
import { runTurn } from '../agents/run-turn';
import { withBudget } from '../brains/budgeted-brain';
import type { PipelineService } from '../agents/pipeline/pipeline-service';
import type { QueueService } from '../queue/queue-service';
import type { ImageEndpointSource } from '../queue/portrait-task';
import type { Brain } from '../brains/brain';
import type { EventHub } from '../events/event-hub';
import { newId } from '../shared/ids';
import type { ProjectRepository } from '../store/project-repository';
import type { ProjectSession } from '../store/project-session';
import { loadWorkflowConfig } from '../workflow/config-file';
import { ChatLog } from '../chat/chat-log';
import { buildParseContext, CONTEXT_MESSAGES } from '../chat/chat-context';
import type { ParsedMessage } from '../../src-preload/contract/intent';

export class ChatService {
  private graph: TurnGraph | null = null;
  /** One log per open session (not per folder): a reopened project rereads what other processes appended. */
  private readonly logs = new WeakMap<ProjectSession, ChatLog>();
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly projects: ProjectRepository,
    private readonly events: EventHub,
    private readonly brain: () => Promise<Brain>,
    private readonly workers: {
      pipeline?: PipelineService;
      queue?: QueueService;
      imageEndpoint?: ImageEndpointSource;
    } = {},
    /** The app-wide budget per run (Settings): a chat turn is a run, so its model calls count against it. */
    private readonly appBudget: () => Promise<number | undefined> = async () => undefined,
  ) {}

  /** The chat log of a project (one instance per open session, so its cache stays coherent). */
  async log(projectId: string): Promise<ChatLog> {
    const session = await this.projects.open(projectId);
    let log = this.logs.get(session);
    if (!log) {
      log = new ChatLog(session.dir, () => session.assertWritable());
      this.logs.set(session, log);
    }
    return log;
  }

  /** One chat turn. The text is NFC-normalised first (a name typed decomposed matches the same name composed). */
  async send(projectId: string, raw: string, sessionId?: string): Promise<ChatTurnResult> {
    const session = await this.projects.open(projectId);
    // A read-only session (another instance holds the lock) refuses before anything is written or started.
    session.assertWritable();
    const text = raw.normalize('NFC');
    const log = await this.log(projectId);
    const sid = sessionId ?? (await log.sessions())[0]?.id ?? log.newSessionId();
    const runId = newId();
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    this.running.set(runId, controller);
    // The chat graph (every chat node) loads on the first turn: `new --idea` and the pipeline never need it.
    this.graph ??= (await import('../agents/graph')).buildTurnGraph();
    const workflowConfig = loadWorkflowConfig(session.dir);
    const cap = effectiveCap(session.file.project.settings.budgetUsd, await this.appBudget());
    const budget = new BudgetMeter(cap === undefined ? {} : { capUsd: cap });
    try {
      return await runTurn({
        session,
        log,
        graph: this.graph,
        brain: withBudget(await this.brain(), budget),
        budget,
        sessionId: sid,
        text,
        runId,
        signal: controller.signal,
        emit: (event) => this.events.emit('agent:event', event),
        ...(workflowConfig ? { workflowConfig } : {}),
        ...this.workers,
      });
    } finally {
      this.running.delete(runId);
    }
  }

  /**
   * How a message would be understood, by the same brain a chat turn uses (a configured model answers what the
   * offline rules are unsure of); with a project, its names and recent turns sharpen the reading. Changes nothing.
   */
  async parse(text: string, projectId?: string): Promise<ParsedMessage> {
    const brain = await this.brain();
    if (!projectId) return brain.understand(text.normalize('NFC'), {});
    const session = await this.projects.open(projectId);
    const recent = await (await this.log(projectId)).recent(CONTEXT_MESSAGES);
    return brain.understand(text.normalize('NFC'), buildParseContext(session.file, recent));
  }

  cancel(runId: string): boolean {
    const controller = this.running.get(runId);
    controller?.abort();
    return Boolean(controller);
  }
}
