// Analyzes a manuscript or screenplay text into a project (one undoable change), for `import` and chat.
import { analyzeProse } from '../formats/manuscript/analyze-prose';
import { parseFdx, parseFountain } from '../formats/screenplay';
import { importProse, importScreenplay, type ImportCounts } from '../domain/import-analysis';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectSession } from '../store/project-session';
import type { ProjectRepository } from '../store/project-repository';
import { summarize } from '../store/project-summary';
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { ProjectSummary } from '../../src-preload/contract/dto';

/** A text is a screenplay when several lines are sluglines (INT./EXT.). */
export const looksLikeScreenplay = (text: string): boolean =>
  (text.match(/^\s*(?:INT|EXT|EST|INT\.?\/EXT|I\/E)[.\s]/gim)?.length ?? 0) >= 2;

export async function analyzeIntoSession(
  session: ProjectSession,
  text: string,
  file: string,
  messageId?: string,
): Promise<ImportCounts> {
  const builder = new ChangeBuilder(session.file, {
    via: 'import',
    ...(messageId ? { provenance: { messageId } } : {}),
  });
  const lower = file.toLowerCase();
  const counts = lower.endsWith('.fdx')
    ? importScreenplay(builder, parseFdx(text), file)
    : lower.endsWith('.fountain') || looksLikeScreenplay(text)
      ? importScreenplay(builder, parseFountain(text), file)
      : importProse(builder, analyzeProse(text, { file }), file);
  await session.commit(`Analyze ${file}`, builder.ops);
  return counts;
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
  text: string,
  options: { name?: string; kind?: ProjectKind } = {},
): Promise<{ summary: ProjectSummary; counts: ImportCounts; understood: string }> {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/^.*[\\/]/, '');
  const name = options.name ?? (stem.replace(/[_-]+/g, ' ').trim() || 'Imported project');
  const understood = understoodAs(fileName, text);
  const kind = options.kind ?? (/\.(fountain|fdx)$/i.test(fileName) ? 'short-film' : 'feature-film');
  const created = await projects.create(name, kind);
  const session = await projects.open(created.id);
  const counts = await analyzeIntoSession(session, text, fileName.replace(/^.*[\\/]/, ''));
  await session.flush();
  return { summary: summarize(session.file, session.dir), counts, understood };
}
