// Handlers of character sheets: the one-page sheet with its portrait (offline card or generated image), and portraits.
import { characterSheetOf } from '../domain/character-sheet';
import { requestPortrait } from '../queue/portrait-task';
import { IMAGE_ENDPOINT_HOW_TO } from '../settings/image-settings';
import { AppFailure } from '../shared/failure';
import type { Services } from './index';
import type { HandlerTable } from '../shared/handler-types';

export function characterHandlers({
  projects,
  queue,
  imageEndpoint,
}: Services): Pick<HandlerTable, 'character:sheet' | 'character:portrait'> {
  return {
    'character:sheet': async ({ projectId, characterId }) => {
      const { file } = await projects.open(projectId);
      const character = file.entities.characters.find((c) => c.id === characterId);
      if (!character)
        throw new AppFailure(
          'ENTITY_NOT_FOUND',
          `No character with id ${characterId} in this project.`,
          'Reload the project.',
        );
      const configured = (await imageEndpoint()) !== undefined;
      return {
        ...characterSheetOf(file, character),
        portraitEndpoint: configured ? { configured } : { configured, hint: IMAGE_ENDPOINT_HOW_TO },
      };
    },
    'character:portrait': async ({ projectId, characterId }) => ({
      taskId: await requestPortrait(queue, await projects.open(projectId), characterId, imageEndpoint),
    }),
  };
}
