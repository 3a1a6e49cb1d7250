// Composition root of the core: builds the services every transport shares (store, events, handlers).
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { Brain } from '../brains/brain';
import { PipelineService } from '../agents/pipeline/pipeline-service';
import { ChatService } from './chat-service';
import { EventHub } from '../events/event-hub';
import { QueueService } from '../queue/queue-service';
import { portraitRunner, type ImageEndpointSource } from '../queue/portrait-task';
import { appBrainSource } from '../settings/app-brain';
import type { SecretCodec } from '../settings/secret-store';
import type { SettingsService } from '../settings/settings-service';
import { ProjectRepository } from '../store/project-repository';

export interface ServicesOptions {
  /** The projects root (already resolved: --dir, STORYLOOM_DATA_DIR or the default). */
  root: string;
  transport: 'electron' | 'web' | 'cli';
  /** OS trash (Electron); the default moves deleted projects to `<root>/.trash`. */
  trash?: (dir: string) => Promise<string>;
  defaultKind?: ProjectKind;
  /** App data dir for settings and secrets (never a project folder); default $STORYLOOM_APP_DIR or ~/.storyloom. */
  appDir?: string;
  /** Encryption of stored API keys (Electron: safeStorage); the default relies on a 0600 file. */
  secretCodec?: SecretCodec;
  /** Force a brain (tests, `--offline`); otherwise the settings choose. */
  brain?: Brain;
  /** Retry pacing of image calls (tests make it short); the default waits 1 s, then 2 s. */
  imageBackoffMs?: number;
}

export interface Services {
  root: string;
  transport: ServicesOptions['transport'];
  events: EventHub;
  projects: ProjectRepository;
  chat: ChatService;
  pipeline: PipelineService;
  /** Bulk work (one item per entity): progress, cancel, retry, resume after a restart. */
  queue: QueueService;
  /** Model settings and the API key store (opened on first use). */
  settings(): Promise<SettingsService>;
  /** The image endpoint for portraits as set now (undefined: none, the drawn card stays the portrait). */
  imageEndpoint: ImageEndpointSource;
  /** The brain the settings select (the offline engine by default). */
  brain(): Promise<Brain>;
  /** Closes every open project (flushing writes, releasing locks). */
  shutdown(): Promise<void>;
}

export function createServices(options: ServicesOptions): Services {
  const events = new EventHub();
  const projects = new ProjectRepository({
    root: options.root,
    owner: `Storyloom ${options.transport} (pid ${process.pid})`,
    ...(options.trash ? { trash: options.trash } : {}),
    onChange: (projectId, summary) => events.emit('project:changed', { projectId, ...summary }),
    onListChanged: (reason) => events.emit('project:listChanged', { reason }),
  });
  const { settings: openSettings, brain } = appBrainSource({
    root: options.root,
    ...(options.appDir ? { appDir: options.appDir } : {}),
    ...(options.secretCodec ? { secretCodec: options.secretCodec } : {}),
    ...(options.brain ? { brain: options.brain } : {}),
  });
  // The app-wide budget per run (Settings → provider); unreadable settings mean no app cap, never a crash.
  const appBudget = async (): Promise<number | undefined> =>
    openSettings()
      .then((s) => s.get())
      .then((v) => v.budgetUsd)
      .catch(() => undefined);
  const pipeline = new PipelineService(projects, events, brain, appBudget);
  // Unreadable settings mean no image endpoint, never a crash: the portrait card stays.
  const imageEndpoint: ImageEndpointSource = async () =>
    openSettings()
      .then((s) => s.imageEndpoint())
      .catch(() => undefined);
  const queue = new QueueService(projects, events, {
    portrait: portraitRunner({
      endpoint: imageEndpoint,
      ...(options.imageBackoffMs !== undefined ? { call: { backoffMs: options.imageBackoffMs } } : {}),
    }),
  });
  return {
    root: options.root,
    transport: options.transport,
    events,
    projects,
    chat: new ChatService(projects, events, brain, { pipeline, queue, imageEndpoint }, appBudget),
    pipeline,
    queue,
    settings: openSettings,
    imageEndpoint,
    brain,
    shutdown: () => projects.closeAll(),
  };
}
