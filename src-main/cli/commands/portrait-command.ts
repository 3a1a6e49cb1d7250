// `storyloom portrait <project> <character>`: draws a character's portrait on the image endpoint through the task queue.
import { findCharacter } from '../../domain/find-by-name';
import { requestPortrait } from '../../queue/portrait-task';
import { AppFailure } from '../../shared/failure';
import { cliServices } from '../cli-context';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';

export const portraitCommand: CommandRun = async (args, io) => {
  const [ref, ...words] = args.positionals;
  const name = words.join(' ').trim();
  if (!ref || !name)
    throw new AppFailure('CLI_USAGE', 'Usage: `storyloom portrait <project> <character> [--json]`.');
  const services = cliServices(args, io);
  try {
    const session = await services.projects.open(ref);
    const character =
      session.file.entities.characters.find((c) => c.id === name) ?? findCharacter(session.file, name);
    if (!character)
      throw new AppFailure(
        'ENTITY_NOT_FOUND',
        `No character "${name}" in "${session.file.project.name}".`,
        `Use a character's name, alias or id: ${session.file.entities.characters.map((c) => c.name).join(', ') || 'the project has none yet'}.`,
      );
    await services.queue.resume(session.id);
    const taskId = await requestPortrait(services.queue, session, character.id, services.imageEndpoint);
    if (io.isTty && !args.options.json) io.stderr(`▶ Drawing the portrait of ${character.name}…`);
    const outcome = await services.queue.wait(taskId);
    await services.queue.idle(session.id);
    const after = session.file.entities.characters.find((c) => c.id === character.id);
    const job = after?.portrait;
    const json = {
      projectId: session.id,
      characterId: character.id,
      taskId,
      status: job?.status ?? outcome.status,
      ...(after?.portraitAssetId && job?.status === 'done' ? { assetId: after.portraitAssetId } : {}),
      ...(job?.error ? { error: job.error } : {}),
      ...(job?.remedy ? { remedy: job.remedy } : {}),
    };
    const done = json.status === 'done';
    printResult(
      args,
      io,
      json,
      done
        ? `Portrait of ${character.name} stored as assets/${json.assetId ?? '?'}.`
        : `The portrait of ${character.name} ${json.status}.`,
    );
    if (done) return 0;
    io.stderr(
      `storyloom: ${job?.error ?? outcome.failed[0]?.error ?? `the task ${outcome.status}`}${job?.remedy ? ` ${job.remedy}` : ''}`,
    );
    return 1;
  } finally {
    await services.shutdown();
  }
};
