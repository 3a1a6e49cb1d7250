// Composition root of the core: builds the services every transport shares (store, events, handlers).
import type { ProjectKind } from '../src-preload/contract/entities';
import { EventHub } from './ipc/event-hub';
import { ProjectRepository } from './store/project-repository';

export interface ServicesOptions {
  /** The projects root (already resolved: --dir, STORYLOOM_DATA_DIR or the default). */
  root: string;
  transport: 'electron' | 'web' | 'cli';
  /** OS trash (Electron); the default moves deleted projects to `<root>/.trash`. */
  trash?: (dir: string) => Promise<string>;
  defaultKind?: ProjectKind;
}

export interface Services {
  root: string;
  transport: ServicesOptions['transport'];
  events: EventHub;
  projects: ProjectRepository;
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
  return {
    root: options.root,
    transport: options.transport,
    events,
    projects,
    shutdown: () => projects.closeAll(),
  };
}
