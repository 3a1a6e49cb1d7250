// `storyloom new | list | import | export`: project commands over the same services as the app.
import { basename, extname, resolve } from 'node:path';
import { ProjectKindSchema } from '../../../src-preload/contract/entities';
import {
  PROJECT_EXPORT_FORMATS,
  ProjectExportFormatSchema,
  StoryboardPanelsSchema,
} from '../../../src-preload/contract/exports';
import { APP_VERSION } from '../../shared/app-version';
import { AppFailure } from '../../shared/failure';
import { ARCHIVE_LIMITS } from '../../formats/archive/archive-limits';
import { MAX_TEXT_FILE_BYTES } from '../../formats/text/import-text';
import { writeFileDurable } from '../../store/durable-write';
import { intOption, stringOption } from '../args';
import { cliServices } from '../cli-context';
import { printResult } from '../cli-output';
import type { CommandRun } from '../cli-types';
import { readInputFile } from '../read-input-file';

/**
 * Short names people type for a kind of project ("series", "feature", "ad"). A documentary or an animation is a
 * kind of film, not a length: it is made a feature film, and the idea's words keep what kind of film it is.
 */
const KIND_ALIASES: Record<string, string> = {
  feature: 'feature-film',
  film: 'feature-film',
  movie: 'feature-film',
  documentary: 'feature-film',
  doc: 'feature-film',
  animation: 'feature-film',
  short: 'short-film',
  series: 'series-episode',
  episode: 'series-episode',
  miniseries: 'series-episode',
  'mini-series': 'series-episode',
  'tv-series': 'series-episode',
  'web-series': 'series-episode',
  pilot: 'series-episode',
  music: 'music-video',
  video: 'music-video',
  ad: 'commercial',
  advert: 'commercial',
  advertisement: 'commercial',
  spot: 'commercial',
};

function kindOf(raw: string | undefined) {
  const typed = (raw ?? 'short-film')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const parsed = ProjectKindSchema.safeParse(KIND_ALIASES[typed] ?? typed);
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
        '--idea needs a sentence, e.g. --idea "a shy lighthouse keeper who befriends a seal".',
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
  const into = stringOption(args, 'into');
  if (into !== undefined) return reimportInto(args, io, services, into, file, bytes);
  if (archive) {
    const { importProject } = await import('../../formats/archive/project-transfer');
    const summary = await importProject(services.projects, bytes);
    printResult(
      args,
      io,
      { projectId: summary.id, path: summary.path, remappedIds: summary.remappedIds },
      `Imported "${summary.name}" to ${summary.path}`,
    );
    return 0;
  }
  const { importTextAsProject, TEXT_IMPORT_EXTENSIONS, describeCounts } =
    await import('../../agents/analyze-source');
  if (!(TEXT_IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new AppFailure(
      'UNSUPPORTED_FILE',
      `Storyloom cannot import ${ext || 'files without an extension'}.`,
      'Import a .storyloom archive, a screenplay (.fountain, .fdx) or a manuscript (.txt, .md).',
    );
  }
  const kind = stringOption(args, 'kind');
  const name = stringOption(args, 'name');
  const { summary, counts } = await importTextAsProject(
    services.projects,
    basename(file),
    new Uint8Array(bytes),
    {
      ...(kind !== undefined ? { kind: kindOf(kind) } : {}),
      ...(name !== undefined ? { name } : {}),
    },
  );
  await services.shutdown();
  printResult(
    args,
    io,
    { projectId: summary.id, path: summary.path, ...counts },
    `Imported ${basename(file)} as "${summary.name}": ${describeCounts(counts)}.\n${summary.path}`,
  );
  return 0;
};

/** `import <file> --into <project>`: a changed screenplay updates its project's scenes in place. */
async function reimportInto(
  args: Parameters<CommandRun>[0],
  io: Parameters<CommandRun>[1],
  services: ReturnType<typeof cliServices>,
  ref: string,
  file: string,
  bytes: Uint8Array,
): Promise<number> {
  const { reimportScript, describeReimport } = await import('../../agents/reimport-script');
  const session = await services.projects.open(ref);
  const { change: _change, ...report } = await reimportScript(session, new Uint8Array(bytes), basename(file));
  await services.shutdown();
  printResult(
    args,
    io,
    { projectId: session.id, ...report },
    `Re-imported ${basename(file)} into "${session.file.project.name}". ${describeReimport(report)}`,
  );
  return 0;
}

export const exportCommand: CommandRun = async (args, io) => {
  const ref = args.positionals[0];
  if (!ref)
    throw new AppFailure(
      'CLI_USAGE',
      `Which project? \`storyloom export <project> --format ${PROJECT_EXPORT_FORMATS.join('|')} --out FILE\`.`,
    );
  const raw = stringOption(args, 'format') ?? 'storyloom';
  const format = ProjectExportFormatSchema.safeParse(raw);
  if (!format.success) {
    throw new AppFailure(
      'CLI_USAGE',
      `Unknown --format "${raw}".`,
      `Use one of: ${PROJECT_EXPORT_FORMATS.join(', ')}.`,
    );
  }
  const panels = intOption(args, 'panels');
  if (panels !== undefined && !StoryboardPanelsSchema.safeParse(panels).success) {
    throw new AppFailure(
      'CLI_USAGE',
      `--panels ${panels} is not a storyboard layout.`,
      'Use 1, 2, 3, 4, 6, 8, 9 or 12.',
    );
  }
  const services = cliServices(args, io);
  const { exportProjectAs } = await import('../../formats/export/export-project-as');
  const { fileName, bytes } = await exportProjectAs(
    services.projects,
    ref,
    format.data,
    APP_VERSION,
    panels !== undefined ? { panelsPerPage: panels } : {},
  );
  const out = resolve(stringOption(args, 'out') ?? fileName);
  await writeFileDurable(out, bytes);
  await services.shutdown();
  printResult(
    args,
    io,
    { path: out, bytes: bytes.length, format: format.data },
    `Exported to ${out} (${bytes.length} bytes)`,
  );
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
