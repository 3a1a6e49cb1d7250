// Handlers of character sheets: the one-page sheet with its portrait (offline card or generated image), and portraits.
import { characterSheetOf } from '../domain/character-sheet';
import { requestPortrait } from '../queue/portrait-task';
import { IMAGE_ENDPOINT_HOW_TO } from '../settings/image-settings';
import type { Character } from '../../src-preload/contract/entities';
import type { CharacterSheet } from '../../src-preload/contract/production';
import type { QueueService } from '../queue/queue-service';
import { AppFailure } from '../shared/failure';
import type { Services } from './index';
import type { HandlerTable } from '../shared/handler-types';

/**
 * A portrait marked queued or running whose task is no longer in the queue (the project was imported from an
 * archive mid-way, or queue.json was lost) would look busy forever: it is shown as interrupted, to be asked again.
 */
async function orphanedPortrait(
  queue: QueueService,
  projectId: string,
  job: Character['portrait'],
): Promise<Pick<CharacterSheet, 'portrait'> | undefined> {
  if (!job || (job.status !== 'queued' && job.status !== 'running')) return undefined;
  if ((await queue.open(projectId)).some((t) => t.id === job.taskId)) return undefined;
  return {
    portrait: {
      status: 'failed',
      updatedAt: job.updatedAt,
      error: 'The portrait was interrupted: its task is no longer in the queue.',
      remedy: 'Generate it again.',
    },
  };
}

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
      const sheet = characterSheetOf(file, character);
      return {
        ...sheet,
        ...(await orphanedPortrait(queue, projectId, character.portrait)),
        portraitEndpoint: configured ? { configured } : { configured, hint: IMAGE_ENDPOINT_HOW_TO },
      };
    },
    'character:portrait': async ({ projectId, characterId }) => ({
      taskId: await requestPortrait(queue, await projects.open(projectId), characterId, imageEndpoint),
    }),
  };
}
