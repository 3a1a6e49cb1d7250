// Analyzes a manuscript or screenplay text into a project (one undoable change), for `import` and chat.
import { analyzeProse } from '../formats/manuscript/analyze-prose';
import { parseFdx, parseFountain } from '../formats/screenplay';
import { importProse, importScreenplay, type ImportCounts } from '../domain/import-analysis';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectSession } from '../store/project-session';

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
