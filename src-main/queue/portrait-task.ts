// Portraits through the task queue: request one for a character, and the runner that draws it and stores the image.
import type { Character, PortraitJob } from '../../src-preload/contract/entities';
import { generateImage, type ImageCallOptions } from '../brains/openai/image-client';
import { portraitPrompt } from '../domain/portrait-prompt';
import { IMAGE_ENDPOINT_HOW_TO, type ImageEndpointAccess } from '../settings/image-settings';
import { AppFailure } from '../shared/failure';
import { nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import { putAsset } from '../store/project-assets';
import type { ProjectSession } from '../store/project-session';
import type { QueueService, TaskItemContext, TaskRunner } from './queue-service';

/** The image endpoint as the settings have it now (read at run time: a changed key applies to the next try). */
export type ImageEndpointSource = () => Promise<ImageEndpointAccess | undefined>;

export interface PortraitRunnerOptions {
  endpoint: ImageEndpointSource;
  /** Injectable for tests (retry pacing, a fake fetch). */
  call?: Omit<ImageCallOptions, 'signal'>;
}

/** The error when no image endpoint is set: the offline card stays the portrait. */
export function noImageEndpoint(): AppFailure {
  return new AppFailure(
    'IMAGE_ENDPOINT_MISSING',
    'No image endpoint is set, so portraits cannot be generated.',
    IMAGE_ENDPOINT_HOW_TO,
  );
}

function characterOf(session: ProjectSession, characterId: string): Character {
  const character = session.file.entities.characters.find((c) => c.id === characterId);
  if (!character)
    throw new AppFailure(
      'ENTITY_NOT_FOUND',
      `No character with id ${characterId} in this project (it may have been deleted).`,
      'Reload the project and pick the character again.',
    );
  return character;
}

/** Records where the character's portrait stands (an agent change: it never marks the character as hand-edited). */
async function setPortrait(
  session: ProjectSession,
  characterId: string,
  job: Omit<PortraitJob, 'updatedAt'>,
  extra: { portraitAssetId?: string } = {},
): Promise<void> {
  const character = characterOf(session, characterId);
  const builder = new ChangeBuilder(session.file, { via: 'agent' });
  builder.update('character', characterId, { ...extra, portrait: { ...job, updatedAt: nowIso() } });
  await session.commit(`Portrait of ${character.name}: ${job.status}`, builder.ops);
}

/**
 * Queues a portrait of one character and marks it queued; resolves with the task id. A portrait already queued
 * or running for that character is joined, not repeated. Without an image endpoint nothing is queued.
 */
export async function requestPortrait(
  queue: QueueService,
  session: ProjectSession,
  characterId: string,
  endpoint: ImageEndpointSource,
): Promise<string> {
  session.assertWritable();
  const character = characterOf(session, characterId);
  if (!(await endpoint())) throw noImageEndpoint();
  const open = await queue.open(session.id);
  const pending = open.find(
    (t) => t.kind === 'portrait' && t.items.some((i) => i.entityId === characterId && i.status === 'pending'),
  );
  if (pending) return pending.id;
  const item = {
    key: 'portrait',
    entityType: 'character' as const,
    entityId: characterId,
    label: `Portrait of ${character.name}`,
    data: {},
  };
  return queue.enqueue(session.id, `Portrait of ${character.name}`, [item], {
    kind: 'portrait',
    prepare: (taskId) => setPortrait(session, characterId, { status: 'queued', taskId }),
  });
}

/** What a failure leaves on the character: the sentence and the next step (the previous image stays). */
function failedJob(error: unknown, taskId: string, signal: AbortSignal): Omit<PortraitJob, 'updatedAt'> {
  if (signal.aborted) return { status: 'cancelled', taskId };
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'failed',
    taskId,
    error: message.slice(0, 2_000),
    ...(error instanceof AppFailure && error.remedy ? { remedy: error.remedy.slice(0, 1_000) } : {}),
  };
}

/** Draws one item's portrait: running → image endpoint → asset → done (or failed/cancelled, keeping the old image). */
async function drawPortrait(ctx: TaskItemContext, options: PortraitRunnerOptions): Promise<void> {
  const { session, task, item, signal } = ctx;
  const characterId = item.entityId;
  const character = characterOf(session, characterId);
  try {
    const endpoint = await options.endpoint();
    if (!endpoint) throw noImageEndpoint();
    await setPortrait(session, characterId, { status: 'running', taskId: task.id });
    const image = await generateImage(endpoint, portraitPrompt(session.file, character), {
      ...options.call,
      signal,
    });
    const asset = await putAsset(session.dir, `Portrait of ${character.name}`, image.bytes);
    await setPortrait(
      session,
      characterId,
      { status: 'done', taskId: task.id, model: endpoint.model },
      { portraitAssetId: asset.assetId },
    );
  } catch (error) {
    // The character may be gone (deleted meanwhile): then there is no status to record.
    if (session.file.entities.characters.some((c) => c.id === characterId))
      await setPortrait(session, characterId, failedJob(error, task.id, signal)).catch(() => undefined);
    throw error;
  }
}

/** The queue's runner of `portrait` tasks. */
export function portraitRunner(options: PortraitRunnerOptions): TaskRunner {
  return {
    run: (ctx) => drawPortrait(ctx, options),
    settle: async ({ session, task, item }, status) => {
      const job = session.file.entities.characters.find((c) => c.id === item.entityId)?.portrait;
      // Gone, or already saying so (a cancel during the call is recorded by the run itself).
      if (!job || (job.status === status && job.taskId === task.id)) return;
      await setPortrait(session, item.entityId, { status, taskId: task.id });
    },
  };
}
