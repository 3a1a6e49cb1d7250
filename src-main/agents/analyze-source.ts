// Analyzes a manuscript or screenplay text into a project (one undoable change), for `import` and chat.
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { Change, ProjectFile } from '../../src-preload/contract/project';
import { importProse, importScreenplay, type ImportCounts } from './import-analysis';
import { analyzeProse } from './analysis/analyze-prose';
import { parseFdx, parseFountain } from '../formats/screenplay';
import {
  checkText,
  decodeImportText,
  lineOf,
  looksLikeScreenplay,
  textKindOf,
  type TextKind,
} from '../formats/text/import-text';
import { assertNever } from '../shared/assert';
import { AppFailure } from '../shared/failure';
import { newId, nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import { newProjectFile } from '../store/new-project';
import type { ProjectRepository } from '../store/project-repository';
import type { ProjectSession } from '../store/project-session';
import { summarize } from '../store/project-summary';
import type { ProjectSummary } from '../../src-preload/contract/dto';

export { looksLikeScreenplay };

/** An entity that failed validation names the line of the source it was read from. */
function withLine(error: unknown, text: string, file: string): unknown {
  const offset = error instanceof AppFailure ? error.details?.sourceOffset : undefined;
  if (!(error instanceof AppFailure) || typeof offset !== 'number') return error;
  // The invalid value itself, searched from where its entity was read (names may differ in case).
  const snippet = error.details?.sourceText;
  const found = typeof snippet === 'string' ? text.toLowerCase().indexOf(snippet.toLowerCase(), offset) : -1;
  const line = lineOf(text, found >= 0 ? found : offset);
  return new AppFailure(
    error.code,
    `Line ${line} of ${file}: ${error.message}`,
    `Correct line ${line} of ${file} and import it again. Nothing was imported.`,
    { ...error.details, line },
  );
}

/** Parses a checked text and plans its entities into `builder`. */
function analyzeInto(builder: ChangeBuilder, text: string, file: string, kind: TextKind): ImportCounts {
  try {
    switch (kind) {
      case 'fdx':
        return importScreenplay(builder, parseFdx(text), file);
      case 'fountain':
        return importScreenplay(builder, parseFountain(text), file);
      case 'prose':
        return importProse(builder, analyzeProse(text, { file }), file, text);
      default:
        return assertNever(kind, 'text kind');
    }
  } catch (error) {
    throw withLine(error, text, file);
  }
}

/** What a chat paste was read as, and what it added. */
export interface SessionAnalysis {
  counts: ImportCounts;
  kind: TextKind;
  /** The characters, locations and scenes the analysis created, for the chat's entity chips. */
  created: { type: string; id: string; name: string }[];
}

/** Analyzes a text (a chat paste) into an open project as one undoable change. */
export async function analyzeIntoSession(
  session: ProjectSession,
  text: string,
  file: string,
  messageId?: string,
): Promise<SessionAnalysis> {
  const kind = textKindOf(file, text);
  const clean = checkText(text, file, kind);
  const builder = new ChangeBuilder(session.file, {
    via: 'import',
    ...(messageId ? { provenance: { messageId } } : {}),
  });
  const counts = analyzeInto(builder, clean, file, kind);
  await session.commit(`Analyze ${file}`, builder.ops);
  const created = builder.ops
    .filter((op) => op.before === null && op.after && ['character', 'location', 'scene'].includes(op.type))
    .map((op) => ({ type: op.type, id: op.id, name: String(op.after!.name ?? op.after!.heading ?? '') }));
  return { counts, kind, created };
}

/**
 * Imports a text file as a new project, atomically: the bytes are checked and decoded, the analysis is built
 * in memory, and the project folder appears complete (through the repository's staging folder) or not at
 * all. The analysis is the project's first undoable change.
 */
export async function importTextProject(
  repo: ProjectRepository,
  bytes: Uint8Array,
  fileName: string,
  project: { name: string; kind: ProjectKind },
): Promise<{ file: ProjectFile; dir: string; counts: ImportCounts; understood: string }> {
  const { text, kind } = decodeImportText(bytes, fileName);
  const builder = new ChangeBuilder(newProjectFile(project.name, project.kind), { via: 'import' });
  const counts = analyzeInto(builder, text, fileName, kind);
  const change: Change = { id: newId(), at: nowIso(), label: `Analyze ${fileName}`, ops: builder.ops };
  const file: ProjectFile = { ...builder.work, history: { undo: [change], redo: [] } };
  const dir = await repo.writeNewProject(file);
  return { file, dir, counts, understood: understoodAs(fileName, text) };
}

export const describeCounts = (c: ImportCounts): string =>
  `${c.characters} characters, ${c.locations} locations, ${c.scenes} scenes and ${c.relationships} relationships`;

/** Text files a new project can be made from: screenplays and manuscripts. */
export const TEXT_IMPORT_EXTENSIONS = ['.fountain', '.fdx', '.txt', '.md', '.markdown', '.text'] as const;

/** What a text import was read as, in words for the user ("a Fountain screenplay"). */
export function understoodAs(fileName: string, text: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.fdx')) return 'a Final Draft screenplay';
  if (lower.endsWith('.fountain')) return 'a Fountain screenplay';
  return looksLikeScreenplay(text) ? 'a screenplay in plain text' : 'a manuscript';
}

/**
 * Creates a project from a screenplay or manuscript text (named after the file unless `name` is given)
 * and analyses the text into it; the CLI's `import` and the home screen's import share it.
 */
export async function importTextAsProject(
  projects: ProjectRepository,
  fileName: string,
  bytes: Uint8Array,
  options: { name?: string; kind?: ProjectKind } = {},
): Promise<{ summary: ProjectSummary; counts: ImportCounts; understood: string }> {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/^.*[\\/]/, '');
  const name = options.name ?? (stem.replace(/[_-]+/g, ' ').trim() || 'Imported project');
  const kind = options.kind ?? (/\.(fountain|fdx)$/i.test(fileName) ? 'short-film' : 'feature-film');
  const imported = await importTextProject(projects, bytes, fileName.replace(/^.*[\\/]/, ''), { name, kind });
  return {
    summary: summarize(imported.file, imported.dir),
    counts: imported.counts,
    understood: imported.understood,
  };
}
