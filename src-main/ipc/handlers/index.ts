// Assembles the one handler table that every transport serves: each room's handler group, registered by name.
import { APP_NAME, APP_VERSION } from '../../shared/app-version';
import type { Services } from '../../services';
import { CHANNELS } from '../../../src-preload/contract/channels';
import { joinHandlerGroups, type HandlerTable } from '../handler-table';
import { agentHandlers } from '../../services/agent-handlers';
import { castingHandlers } from '../../services/casting-handlers';
import { characterHandlers } from '../../services/character-handlers';
import { chatHandlers } from '../../services/chat-handlers';
import { projectHandlers } from '../../services/project-handlers';
import { scriptHandlers } from '../../services/script-handlers';
import { simulationHandlers } from '../../services/simulation-handlers';
import { storyboardHandlers } from '../../services/storyboard-handlers';
import { entityHandlers } from '../../store/entity-handlers';
import { queueHandlers } from '../../queue/queue-handlers';
import { settingsHandlers } from '../../settings/settings-handlers';
import { workflowHandlers } from '../../workflow/workflow-handlers';

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
      simulation: simulationHandlers(),
      queue: queueHandlers(services),
      workflow: workflowHandlers(services),
      casting: castingHandlers(services),
      script: scriptHandlers(services),
      character: characterHandlers(services),
    },
    CHANNELS,
  );
}
