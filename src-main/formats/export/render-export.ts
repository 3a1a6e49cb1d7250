// Renders a project as one of the document formats (screenplays, storyboard, shot list, character bible).
import type { ProjectExportFormat } from '../../../src-preload/contract/exports';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { assertNever } from '../../shared/assert';
import { writeShotListCsv } from '../csv/shot-list';
import type { PortraitImages } from '../pdf/character-bible-pdf';
import type { AssetReader } from '../pdf/pdf-frames';
import { screenplayFromProject } from '../screenplay/from-project';
import { writeFdx } from '../screenplay/write-fdx';
import { writeFountain } from '../screenplay/write-fountain';

/** The formats rendered from project.json alone (the archive also needs chat and assets). */
export type DocumentFormat = Exclude<ProjectExportFormat, 'storyloom'>;

/** A rendered export: a suggested file name, its bytes and media type. */
export interface RenderedExport {
  fileName: string;
  bytes: Uint8Array;
  mediaType: string;
}

export interface RenderOptions {
  panelsPerPage?: number;
  /** Reads the project's assets (replaced frames, generated portraits); without it sketches and drawn cards stand in. */
  readAsset?: AssetReader;
}

/** The generated portraits of a project's characters that are still in its assets/ (a missing file is skipped). */
async function portraitImages(file: ProjectFile, read: AssetReader | undefined): Promise<PortraitImages> {
  const images = new Map<string, { mime: string; bytes: Uint8Array }>();
  if (!read) return images;
  for (const c of file.entities.characters) {
    if (!c.portraitAssetId) continue;
    const asset = await read(c.portraitAssetId);
    if (asset) images.set(c.id, asset);
  }
  return images;
}

/** File-name stem from the project title: letters, digits, spaces and dashes only. */
export function fileStem(file: ProjectFile): string {
  const name = (file.project.title ?? file.project.name).replace(/[^\p{L}\p{N} _-]+/gu, '').trim();
  return name.slice(0, 80) || 'project';
}

const text = (value: string) => new TextEncoder().encode(value);

// The PDF writers (and pdf-lib under them, about 25 MB of memory) load on the first PDF export rather than at
// start-up: most sessions never export a PDF, and every process that builds the services would otherwise pay.
const screenplayPdf = () => import('../pdf/screenplay-pdf');
const storyboardPdf = () => import('../pdf/storyboard-pdf');
const characterBiblePdf = () => import('../pdf/character-bible-pdf');

/** Renders `file` as `format`; deterministic for a given project (dates come from the project). */
export async function renderExport(
  file: ProjectFile,
  format: DocumentFormat,
  options: RenderOptions = {},
): Promise<RenderedExport> {
  const stem = fileStem(file);
  switch (format) {
    case 'fountain':
      return {
        fileName: `${stem}.fountain`,
        bytes: text(writeFountain(screenplayFromProject(file))),
        mediaType: 'text/plain',
      };
    case 'fdx':
      return {
        fileName: `${stem}.fdx`,
        bytes: text(writeFdx(screenplayFromProject(file))),
        mediaType: 'application/xml',
      };
    case 'screenplay-pdf':
      return {
        fileName: `${stem} - screenplay.pdf`,
        bytes: await (
          await screenplayPdf()
        ).writeScreenplayPdf(screenplayFromProject(file), file.project.updatedAt),
        mediaType: 'application/pdf',
      };
    case 'pdf':
      return {
        fileName: `${stem} - storyboard.pdf`,
        bytes: await (
          await storyboardPdf()
        ).writeStoryboardPdf(file, {
          ...(options.panelsPerPage ? { panelsPerPage: options.panelsPerPage } : {}),
          ...(options.readAsset ? { readAsset: options.readAsset } : {}),
        }),
        mediaType: 'application/pdf',
      };
    case 'csv':
      return {
        fileName: `${stem} - shot list.csv`,
        bytes: text(writeShotListCsv(file)),
        mediaType: 'text/csv',
      };
    case 'bible':
      return {
        fileName: `${stem} - character bible.pdf`,
        bytes: await (
          await characterBiblePdf()
        ).writeCharacterBiblePdf(file, await portraitImages(file, options.readAsset)),
        mediaType: 'application/pdf',
      };
    default:
      return assertNever(format, 'export format');
  }
}
