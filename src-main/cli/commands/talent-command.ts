// `storyloom talent import <project> <file.csv>`: a casting roster into a project, all rows or none.
import { basename, resolve } from 'node:path';
import { MAX_TEXT_FILE_BYTES } from '../../formats/text/import-text';
import { AppFailure } from '../../shared/failure';
import { cliServices } from '../cli-context';
import { printResult } from '../cli-output';
import { readInputFile } from '../read-input-file';
import type { CommandRun } from '../cli-types';

export const talentCommand: CommandRun = async (args, io) => {
  const [verb, ref, file] = args.positionals;
  if (verb !== 'import' || !ref || !file)
    throw new AppFailure('CLI_USAGE', 'Usage: `storyloom talent import <project> <file.csv> [--json]`.');
  const bytes = await readInputFile(resolve(file), MAX_TEXT_FILE_BYTES);
  const { decodeRoster, readTalentRoster } = await import('../../formats/csv/read-talent-roster');
  // Every row is read and checked before the project is even opened: a bad row changes nothing.
  const roster = readTalentRoster(decodeRoster(bytes, basename(file)));
  const services = cliServices(args, io);
  const session = await services.projects.open(ref);
  const { importTalentRoster } = await import('../../agents/talent-roster');
  const { change: _change, ...counts } = await importTalentRoster(session, roster, basename(file));
  await services.shutdown();
  printResult(
    args,
    io,
    { projectId: session.id, ...counts },
    `Imported ${roster.length} talents into "${session.file.project.name}" (${counts.added} new, ${counts.updated} updated); ${counts.suggestions} casting suggestions.`,
  );
  return 0;
};
