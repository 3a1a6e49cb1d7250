// Handlers of chat:* and agent:cancel: chat turns, sessions, history search, headless parse.
import { parseMessage } from '../brains/offline/understand/parse-message';
import { buildParseContext, CONTEXT_MESSAGES } from '../chat/chat-context';
import type { HandlerTable } from '../shared/handler-types';
import type { ChatService } from './chat-service';
import type { Services } from './index';

type ChatHandlers = Pick<
  HandlerTable,
  'chat:send' | 'chat:sessions' | 'chat:history' | 'chat:search' | 'chat:parse'
>;

export function chatHandlers(services: Services, chat: ChatService): ChatHandlers {
  return {
    'chat:send': async ({ projectId, text, sessionId }) => chat.send(projectId, text, sessionId),
    'chat:sessions': async ({ projectId }) => (await chat.log(projectId)).sessions(),
    'chat:history': async ({ projectId, sessionId }) => (await chat.log(projectId)).read(sessionId),
    'chat:search': async ({ projectId, query }) => (await chat.log(projectId)).search(query),
    'chat:parse': async ({ text, projectId }) => {
      if (!projectId) return parseMessage(text);
      const session = await services.projects.open(projectId);
      return parseMessage(
        text,
        buildParseContext(session.file, await (await chat.log(projectId)).recent(CONTEXT_MESSAGES)),
      );
    },
  };
}
