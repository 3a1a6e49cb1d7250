// Node `export`: writes the asked-for document into the project's exports/ folder and names the file.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { ProjectExportFormat } from '../../../src-preload/contract/exports';
import type { ExportFormat } from '../../../src-preload/contract/intent';
import { assertNever } from '../../shared/assert';
import { writeFileDurable } from '../../store/durable-write';
import { assetReader } from '../../store/project-assets';
import { APP_VERSION } from '../../shared/app-version';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

/** What each export is called in a reply. */
const LABEL: Record<ProjectExportFormat, string> = {
  storyloom: 'the entire project as one .storyloom archive',
  fountain: 'the screenplay as Fountain',
  fdx: 'the screenplay as Final Draft (.fdx)',
  'screenplay-pdf': 'the screenplay as PDF',
  pdf: 'the storyboard as PDF',
  csv: 'the shot list as CSV',
  bible: 'the character bible as PDF',
};

const CHOICES = [
  { label: 'Shot list (CSV)', command: 'export the shot list (CSV)' },
  { label: 'Storyboard (PDF)', command: 'export the storyboard as PDF' },
  { label: 'Screenplay (Fountain)', command: 'export the screenplay as Fountain' },
  { label: 'Character bible (PDF)', command: 'export the character bible' },
];

/**
 * The document a request means: the named document decides ("shot list", "storyboard", "character bible",
 * "script"), the format word refines it (a script as PDF, FDX or Fountain); undefined when nothing says.
 */
export function exportTarget(
  text: string,
  format: ExportFormat | undefined,
): ProjectExportFormat | undefined {
  const lower = text.toLowerCase();
  if (/\b(character )?bible\b|character sheets?\b/.test(lower)) return 'bible';
  if (/\bshot ?list\b/.test(lower)) return 'csv';
  if (/\bstory ?board\b/.test(lower)) return 'pdf';
  const script = /\b(screenplay|script)\b/.test(lower);
  switch (format) {
    case undefined:
      return script ? 'fountain' : undefined;
    case 'pdf':
      return script ? 'screenplay-pdf' : 'pdf';
    case 'fountain':
    case 'fdx':
    case 'csv':
    case 'storyloom':
      return format;
    default:
      return assertNever(format, 'export format');
  }
}

export async function exportDocument(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const target = exportTarget(state.text, state.parsed?.params.format);
  if (!target) {
    return { outcome: { replyParts: ['What should I export?'], choices: CHOICES } };
  }
  await deps.session.flush();
  // The writers (pdf-lib, papaparse, fflate) load on the first export, not with every chat turn.
  const rendered =
    target === 'storyloom'
      ? await (
          await import('../../formats/archive/project-transfer')
        ).exportSessionArchive(deps.session, APP_VERSION)
      : await (
          await import('../../formats/export/render-export')
        ).renderExport(deps.session.file, target, { readAsset: assetReader(deps.session.dir) });
  const relative = join('exports', rendered.fileName);
  await fs.mkdir(join(deps.session.dir, 'exports'), { recursive: true });
  await writeFileDurable(join(deps.session.dir, relative), rendered.bytes);
  return {
    outcome: {
      replyParts: [
        `Exported ${LABEL[target]}: ${relative} (${rendered.bytes.length.toLocaleString('en')} bytes) in the project folder.`,
      ],
      choices: CHOICES.filter((c) => exportTarget(c.command, undefined) !== target).slice(0, 3),
    },
  };
}
