// Assembles the one handler table that every transport serves.
import { APP_NAME, APP_VERSION } from '../../shared/app-version';
import type { Services } from '../../services';
import { CHANNELS } from '../../../src-preload/contract/channels';
import { joinHandlerGroups, type HandlerTable } from '../handler-table';
import { agentHandlers } from './agent-handlers';
import { castingHandlers } from './casting-handlers';
import { characterHandlers } from './character-handlers';
import { scriptHandlers } from './script-handlers';
import { chatHandlers } from './chat-handlers';
import { entityHandlers } from './entity-handlers';
import { queueHandlers } from './queue-handlers';
import { settingsHandlers } from './settings-handlers';
import { storyboardHandlers } from './storyboard-handlers';
import { workflowHandlers } from './workflow-handlers';
import { projectHandlers } from './project-handlers';

export function createHandlerTable(services: Services): HandlerTable {
  return joinHandlerGroups(
    {
      app: {
        'app:info': async (_request, context) => ({
          name: APP_NAME,
          version: APP_VERSION,
          transport: context.transport,
          dataDir: services.root,
          platform: process.platform,
        }),
      },
      project: projectHandlers(services),
      entity: entityHandlers(services),
      storyboard: storyboardHandlers(services),
      chat: chatHandlers(services, services.chat),
      settings: settingsHandlers(services),
      agent: agentHandlers(services),
      queue: queueHandlers(services),
      workflow: workflowHandlers(services),
      casting: castingHandlers(services),
      script: scriptHandlers(services),
      character: characterHandlers(services),
    },
    CHANNELS,
  );
}
