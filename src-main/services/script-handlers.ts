// Handlers of the screenplay: the script view's document and re-importing a changed script into its project.
import { reimportScript } from '../agents/reimport-script';
import { scriptViewOf } from '../formats/screenplay/script-view';
import type { Services } from './index';
import type { HandlerTable } from '../shared/handler-types';

type ScriptHandlers = Pick<HandlerTable, 'script:get' | 'project:reimport'>;

export function scriptHandlers({ projects }: Services): ScriptHandlers {
  return {
    'script:get': async ({ projectId }) => scriptViewOf((await projects.open(projectId)).file),
    'project:reimport': async ({ projectId, fileName, base64 }) =>
      reimportScript(await projects.open(projectId), new Uint8Array(Buffer.from(base64, 'base64')), fileName),
  };
}
