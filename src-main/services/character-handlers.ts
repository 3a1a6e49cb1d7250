// Handlers of character sheets: the one-page sheet with its offline portrait card.
import { characterSheetOf } from '../domain/character-sheet';
import { AppFailure } from '../shared/failure';
import type { Services } from './index';
import type { HandlerTable } from '../shared/handler-types';

export function characterHandlers({ projects }: Services): Pick<HandlerTable, 'character:sheet'> {
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
      return characterSheetOf(file, character);
    },
  };
}
