// Handlers of chat:* and agent:cancel: chat turns, sessions, history search, headless parse.
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
    // The same brain as a chat turn: with a model selected, unsure messages go to the model here too.
    'chat:parse': async ({ text, projectId }) => chat.parse(text, projectId),
  };
}
