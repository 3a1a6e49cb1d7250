// Assembles the one handler table that every transport serves.
import { APP_NAME, APP_VERSION } from '../../shared/app-version';
import type { Services } from '../../services';
import type { HandlerTable } from '../handler-table';
import { agentHandlers } from './agent-handlers';
import { chatHandlers } from './chat-handlers';
import { entityHandlers } from './entity-handlers';
import { queueHandlers } from './queue-handlers';
import { settingsHandlers } from './settings-handlers';
import { workflowHandlers } from './workflow-handlers';
import { projectHandlers } from './project-handlers';

export function createHandlerTable(services: Services): HandlerTable {
  return {
    'app:info': async (_request, context) => ({
      name: APP_NAME,
      version: APP_VERSION,
      transport: context.transport,
      dataDir: services.root,
      platform: process.platform,
    }),
    ...projectHandlers(services),
    ...entityHandlers(services),
    ...chatHandlers(services, services.chat),
    ...settingsHandlers(services),
    ...agentHandlers(services),
    ...queueHandlers(services),
    ...workflowHandlers(services),
  } satisfies HandlerTable;
}
