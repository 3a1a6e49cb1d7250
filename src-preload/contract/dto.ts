// Data transfer types returned by handlers (plain JSON, safe to send over any transport).
import type { ProjectKind } from './entities';
import type { ChangeOp, ProjectFile } from './project';
import type { ChatMessage } from './chat';
import type { Simulation } from './simulation';

/** A row of the home screen's project list. */
export interface ProjectSummary {
  id: string;
  name: string;
  kind: ProjectKind;
  path: string;
  updatedAt: string;
  counts: { characters: number; locations: number; scenes: number; shots: number };
  /** Set when project.json cannot be read: the summary comes from the newest good backup, offered for restore. */
  damaged?: { code: string; message: string; backup: string };
}

/** What the project window needs to show an opened project. */
export interface ProjectSnapshot {
  summary: ProjectSummary;
  file: ProjectFile;
  /** Revision counter: increases with every change applied in this session. */
  revision: number;
  readOnly: boolean;
  /** Why the project opened read-only (another instance holds the lock). */
  readOnlyReason?: string;
  canUndo: boolean;
  canRedo: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'web' | 'cli';
  dataDir: string;
  platform: string;
}

export interface ExportedFile {
  fileName: string;
  /** Base64 of the file bytes (the renderer turns it into a download). */
  base64: string;
  bytes: number;
  /** Media type of the file (application/pdf, text/csv…), for the download. */
  mediaType?: string;
}

/** One row of the shot list (the table in the app and the CSV export read the same rows). */
export interface ShotListRow {
  shotId: string;
  sceneId: string;
  scene: number;
  shot: number;
  size: string;
  angle: string;
  movement: string;
  lensMm: number | '';
  durationSec: number | '';
  characters: string;
  location: string;
  intExt: string;
  timeOfDay: string;
  description: string;
  /** Camera setup label (scene number + letter): shots from one position, size and lens share it. */
  setup: string;
  status: string;
}

export interface ChangeSummary {
  changeId: string;
  label: string;
  revision: number;
  ops: ChangeOp[];
  canUndo: boolean;
  canRedo: boolean;
}

export interface BackupInfo {
  file: string;
  at: string;
  bytes: number;
}

/** An entity mentioned by a reply (rendered as a chip that links to the entity). */
export interface EntityRef {
  type: string;
  id: string;
  name: string;
}

/** An action the user can take with one click: the chat runs `command` as if typed. */
export interface Choice {
  label: string;
  command: string;
}

/** Why a workflow step (or an agent stage) is blocked, and what would unblock it. */
export interface BlockedInfo {
  code: string;
  step?: string;
  reasons: string[];
  remedies: Choice[];
}

/** The outcome of one chat turn. */
export interface ChatTurnResult {
  runId: string;
  sessionId: string;
  userMessageId: string;
  assistantMessageId: string;
  reply: string;
  intent: string;
  confidence: number;
  created: EntityRef[];
  updated: EntityRef[];
  deleted: EntityRef[];
  blocked?: BlockedInfo;
  choices: Choice[];
  notices: string[];
  /** Model calls of the turn and their estimated cost (absent offline). */
  usage?: { calls: number; costUsd: number };
  /** A pipeline run the turn started or resumed: its progress arrives as agent events. */
  pipelineRunId?: string;
  /** A queue task the turn started (bulk creation): its progress arrives as queue:progress events. */
  queueTaskId?: string;
  /** A simulated scene the turn played (or the verdict on one). */
  simulation?: Simulation;
  /** The persisted user and assistant messages of the turn (the UI appends them). */
  messages: ChatMessage[];
}

export interface ChatSessionSummary {
  id: string;
  title: string;
  updatedAt: string;
  messageCount: number;
}

/** One step of the workflow stepper. */
export interface WorkflowStepView {
  id: string;
  title: string;
  description: string;
  status: 'done' | 'current' | 'available' | 'blocked';
  needsReview: boolean;
  /** Why it cannot be entered now (blocked steps). */
  blocked?: BlockedInfo;
  /** Chat message that moves there. */
  command: string;
}

export interface WorkflowView {
  projectId: string;
  current: string;
  steps: WorkflowStepView[];
  history: { at: string; from?: string; to: string; cause: string }[];
}

export const PROVIDERS = ['offline', 'openai', 'ollama', 'lmstudio', 'llamacpp', 'custom'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** The model settings as the UI sees them — never the API key, only whether one is stored. */
export interface SettingsDto {
  provider: ProviderId;
  baseURL: string;
  model: string;
  timeoutMs: number;
  budgetUsd?: number;
  hasApiKey: boolean;
  /** The image endpoint for portraits, when one is set (`hasApiKey`: a key of its own is stored). */
  image?: { baseURL: string; model: string; size: string; timeoutMs: number; hasApiKey: boolean };
  preset: { label: string; baseURL: string; model: string; needsKey: boolean; local: boolean };
  presets: Record<
    ProviderId,
    { label: string; baseURL: string; model: string; needsKey: boolean; local: boolean }
  >;
}

/** Result of "Test connection". */
export interface ConnectionTestDto {
  ok: boolean;
  latencyMs: number;
  models?: string[];
  supportsJsonSchema?: boolean;
  supportsStreamUsage?: boolean;
  error?: { code: string; message: string; remedy?: string };
}

/** A pipeline run as the run timeline shows it. */
export interface RunView {
  runId: string;
  status: 'running' | 'paused' | 'awaiting_review' | 'done' | 'cancelled' | 'failed';
  /** Stages planned for this run, in order. */
  plan: string[];
  /** Checkpointed stages (storyboard branches appear as `storyboard:<scene>`). */
  stagesDone: string[];
  startedAt: string;
  updatedAt: string;
  reason?: string;
  costUsd: number;
  /** What the run was expected to cost when it started (model brains with a known price). */
  estimateUsd?: number;
  /** Tokens and estimated cost per stage (model brains; empty offline). */
  usage: Record<string, { promptTokens: number; completionTokens: number; costUsd: number }>;
  /** The run's notices (stages the offline engine wrote instead of the model); absent when there were none. */
  notices?: string[];
}

/** A bulk task of the queue, as the tasks drawer shows it. */
export interface QueueTaskView {
  taskId: string;
  label: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  failed: { label: string; error: string }[];
  updatedAt: string;
}
