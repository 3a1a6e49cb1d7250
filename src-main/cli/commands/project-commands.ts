// `storyloom new | list | import | export`: project commands over the same services as the app.
import { basename, extname, resolve } from 'node:path';
import { ProjectKindSchema } from '../../../src-preload/contract/entities';
import { APP_VERSION } from '../../shared/app-version';
import { AppFailure } from '../../shared/failure';
import { ARCHIVE_LIMITS } from '../../formats/archive/archive-limits';
import { MAX_TEXT_FILE_BYTES } from '../../formats/text/import-text';
import { writeFileDurable } from '../../store/durable-write';
import { exportProject, importProject } from '../../store/project-transfer';
import { intOption, stringOption } from '../args';
import { cliServices } from '../cli-context';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';
import { readInputFile } from '../read-input-file';

function kindOf(raw: string | undefined) {
  const parsed = ProjectKindSchema.safeParse(raw ?? 'short-film');
  if (!parsed.success) {
    throw new AppFailure(
      'CLI_USAGE',
      `Unknown --kind "${raw}".`,
      `Use one of: ${ProjectKindSchema.options.join(', ')}.`,
    );
  }
  return parsed.data;
}

export const newCommand: CommandRun = async (args, io) => {
  const services = cliServices(args, io);
  const seed = intOption(args, 'seed');
  const idea = stringOption(args, 'idea');
  if (idea !== undefined) {
    if (!idea.trim())
      throw new AppFailure(
        'CLI_USAGE',
        '--idea needs a sentence, e.g. --idea "a lonely robot who learns to paint".',
      );
    const { newFromIdea } = await import('./new-from-idea');
    return newFromIdea(
      services,
      args,
      io,
      idea,
      kindOf(stringOption(args, 'kind')),
      seed,
      stringOption(args, 'name'),
    );
  }
  const name = stringOption(args, 'name') ?? 'Untitled project';
  const summary = await services.projects.create(
    name,
    kindOf(stringOption(args, 'kind')),
    seed === undefined ? {} : { seed },
  );
  printResult(
    args,
    io,
    { projectId: summary.id, path: summary.path },
    `Created "${summary.name}" (${summary.kind}) at ${summary.path}`,
  );
  return 0;
};

export const listCommand: CommandRun = async (args, io) => {
  const services = cliServices(args, io);
  const projects = await services.projects.list();
  const human = projects.length
    ? projects
        .map(
          (p) =>
            `${p.id}  ${p.name}  (${p.kind}, ${p.counts.characters} characters, ${p.counts.scenes} scenes)  ${p.path}`,
        )
        .join('\n')
    : `No projects in ${services.root}.`;
  printResult(args, io, projects, human);
  return 0;
};

export const importCommand: CommandRun = async (args, io) => {
  const file = args.positionals[0];
  if (!file) throw new AppFailure('CLI_USAGE', 'Which file? `storyloom import <file>`.');
  const ext = extname(file).toLowerCase();
  const archive = ext === '.storyloom';
  const bytes = await readInputFile(
    resolve(file),
    archive ? ARCHIVE_LIMITS.maxArchiveBytes : MAX_TEXT_FILE_BYTES,
  );
  const services = cliServices(args, io);
  if (archive) {
    const summary = await importProject(services.projects, bytes);
    printResult(
      args,
      io,
      { projectId: summary.id, path: summary.path, remappedIds: summary.remappedIds },
      `Imported "${summary.name}" to ${summary.path}`,
    );
    return 0;
  }
  if (!['.fountain', '.fdx', '.txt', '.md', '.markdown', '.text'].includes(ext)) {
    throw new AppFailure(
      'UNSUPPORTED_FILE',
      `Storyloom cannot import ${ext || 'files without an extension'}.`,
      'Import a .storyloom archive, a screenplay (.fountain, .fdx) or a manuscript (.txt, .md).',
    );
  }
  const { importTextProject, describeCounts } = await import('../../agents/analyze-source');
  const name = basename(file, extname(file)).replace(/[_-]+/g, ' ').trim() || 'Imported project';
  const kind = kindOf(
    stringOption(args, 'kind') ?? (ext === '.fountain' || ext === '.fdx' ? 'short-film' : 'feature-film'),
  );
  const imported = await importTextProject(services.projects, bytes, basename(file), {
    name: stringOption(args, 'name') ?? name,
    kind,
  });
  await services.shutdown();
  printResult(
    args,
    io,
    { projectId: imported.file.project.id, path: imported.dir, ...imported.counts },
    `Imported ${basename(file)} as "${imported.file.project.name}": ${describeCounts(imported.counts)}.\n${imported.dir}`,
  );
  return 0;
};

export const exportCommand: CommandRun = async (args, io) => {
  const ref = args.positionals[0];
  if (!ref)
    throw new AppFailure(
      'CLI_USAGE',
      'Which project? `storyloom export <project> --format storyloom --out FILE`.',
    );
  const format = stringOption(args, 'format') ?? 'storyloom';
  if (format !== 'storyloom') {
    throw new AppFailure(
      'NOT_YET_AVAILABLE',
      `Export to ${format} is not yet available in this version.`,
      'Use --format storyloom.',
    );
  }
  const services = cliServices(args, io);
  const { fileName, bytes } = await exportProject(services.projects, ref, APP_VERSION);
  const out = resolve(stringOption(args, 'out') ?? fileName);
  await writeFileDurable(out, bytes);
  await services.shutdown();
  printResult(args, io, { path: out, bytes: bytes.length }, `Exported to ${out} (${bytes.length} bytes)`);
  return 0;
};

export const restoreCommand: CommandRun = async (args, io) => {
  const ref = args.positionals[0];
  if (!ref) throw new AppFailure('CLI_USAGE', 'Which project? `storyloom restore <project folder>`.');
  const services = cliServices(args, io);
  const dir = await services.projects.resolveDir(ref);
  const session = await services.projects.restoreBackup(dir);
  await services.shutdown();
  printResult(
    args,
    io,
    { projectId: session.id, path: session.dir },
    `Restored "${session.file.project.name}" from its newest good backup.`,
  );
  return 0;
};
