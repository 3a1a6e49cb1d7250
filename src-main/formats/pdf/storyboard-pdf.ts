// Storyboard PDF: N panels per landscape page, each a frame (replaced image or sketch) with shot data, dialogue, notes and duration.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Scene, Shot } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { sketchShot } from '../../../src-preload/contract/frame-sketch';
import { shotsByScene } from '../../domain/production-order';
import { drawFrameImage, embedFrames, type AssetReader, type FrameArt } from './pdf-frames';
import { drawSketch, type Box } from './pdf-sketch';
import { pdfSafe, setPdfMetadata, wrapText, savePdf } from './pdf-text';

const PAGE: [number, number] = [792, 612];
const MARGIN = 36;
const HEADER = 26;
const GAP = 14;
const TEXT = 7.5;
const LEAD = 9;

/** Panel grids by panels per page (columns × rows); other counts use the nearest smaller entry. */
const GRIDS: Record<number, [number, number]> = {
  1: [1, 1],
  2: [2, 1],
  3: [3, 1],
  4: [2, 2],
  6: [3, 2],
  8: [4, 2],
  9: [3, 3],
  12: [4, 3],
};

/** The panel counts a storyboard page can hold. */
export const PANELS_PER_PAGE = Object.keys(GRIDS).map(Number);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

interface Panel {
  scene: Scene;
  shot: Shot;
  /** The replaced frame image, or the sketch with a note; absent for a shot that was never replaced. */
  art?: FrameArt;
}

function gridOf(perPage: number): [number, number] {
  const fit = PANELS_PER_PAGE.filter((n) => n <= perPage).pop() ?? 1;
  return GRIDS[fit]!;
}

const fmtSec = (sec: number | undefined) => (sec === undefined ? '–' : `${Math.round(sec * 10) / 10} s`);

/** The text lines under a frame, each with its font; cut to `maxLines` with an ellipsis. */
function panelText(panel: Panel, fonts: Fonts, width: number, maxLines: number, names: Map<string, string>) {
  const { scene, shot } = panel;
  const safe = (s: string, f: PDFFont) => pdfSafe(s, f);
  const camera = [shot.size, `${shot.angle} angle`, shot.movement, shot.lensMm ? `${shot.lensMm} mm` : '']
    .filter(Boolean)
    .join(' · ');
  const who = shot.characterIds
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(', ');
  const parts: { text: string; font: PDFFont }[] = [
    { text: `${scene.number}. ${scene.heading}`, font: fonts.regular },
    { text: camera + (who ? ` — ${who}` : ''), font: fonts.regular },
    // Before the description, so a cut-off panel still says why its sketch stands in for the image.
    ...(panel.art?.kind === 'sketch' && panel.art.note ? [{ text: panel.art.note, font: fonts.italic }] : []),
    ...(shot.description ? [{ text: shot.description, font: fonts.regular }] : []),
    ...(shot.dialogue ? [{ text: `“${shot.dialogue}”`, font: fonts.italic }] : []),
    ...(shot.continuity ? [{ text: `Note: ${shot.continuity}`, font: fonts.regular }] : []),
  ];
  const lines = parts.flatMap((p) =>
    wrapText(safe(p.text, p.font), p.font, TEXT, width).map((text) => ({ text, font: p.font })),
  );
  if (lines.length > maxLines) {
    lines.length = maxLines;
    const last = lines[maxLines - 1]!;
    last.text = `${last.text.replace(/\s*\S{0,3}$/, '')}...`;
  }
  return lines;
}

function drawPanel(page: PDFPage, box: Box, panel: Panel, fonts: Fonts, names: Map<string, string>): void {
  const { shot } = panel;
  const frameH = Math.min(box.width * (9 / 16), box.height * 0.62);
  const frameW = frameH * (16 / 9);
  const title = pdfSafe(`Shot ${panel.scene.number}.${shot.number}`, fonts.bold);
  const top = box.y + box.height;
  page.drawText(title, { x: box.x, y: top - 9, size: 9, font: fonts.bold });
  const duration = fmtSec(shot.durationSec);
  page.drawText(duration, {
    x: box.x + frameW - fonts.bold.widthOfTextAtSize(duration, 9),
    y: top - 9,
    size: 9,
    font: fonts.bold,
  });
  const frame: Box = { x: box.x, y: top - 13 - frameH, width: frameW, height: frameH };
  if (panel.art?.kind === 'image') drawFrameImage(page, frame, panel.art.image);
  else drawSketch(page, frame, sketchShot(shot));
  const maxLines = Math.max(1, Math.floor((frame.y - box.y - 3) / LEAD));
  panelText(panel, fonts, frameW, maxLines, names).forEach((line, i) => {
    page.drawText(line.text, {
      x: box.x,
      y: frame.y - 3 - (i + 1) * LEAD + 2,
      size: TEXT,
      font: line.font,
      color: rgb(0.1, 0.1, 0.1),
    });
  });
}

function drawHeader(page: PDFPage, fonts: Fonts, title: string, index: number, total: number): void {
  const label = `Page ${index + 1} of ${total}`;
  page.drawText(title, { x: MARGIN, y: PAGE[1] - MARGIN - 12, size: 12, font: fonts.bold });
  page.drawText(label, {
    x: PAGE[0] - MARGIN - fonts.regular.widthOfTextAtSize(label, 9),
    y: PAGE[1] - MARGIN - 12,
    size: 9,
    font: fonts.regular,
  });
}

/** Options of the storyboard export. */
export interface StoryboardPdfOptions {
  /** Panels per page (1, 2, 3, 4, 6, 8, 9 or 12; default 6). */
  panelsPerPage?: number;
  /** Reads replaced frame images from the project's assets/; without it every panel shows its sketch. */
  readAsset?: AssetReader;
}

/** Renders every shot of the project, scene by scene, as storyboard pages. */
export async function writeStoryboardPdf(
  file: ProjectFile,
  options: StoryboardPdfOptions = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const name = file.project.title ?? file.project.name;
  setPdfMetadata(pdf, `${name} — storyboard`, 'Storyboard', file.project.updatedAt);
  const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
  const frames = await embedFrames(pdf, file.entities.shots, options.readAsset);
  const panels: Panel[] = shotsByScene(file).flatMap(({ scene, shots }) =>
    shots.map((shot) => ({ scene, shot, art: frames.get(shot.panel?.assetId ?? '') })),
  );
  const [cols, rows] = gridOf(options.panelsPerPage ?? 6);
  const perPage = cols * rows;
  const total = Math.max(1, Math.ceil(panels.length / perPage));
  const cellW = (PAGE[0] - 2 * MARGIN - (cols - 1) * GAP) / cols;
  const cellH = (PAGE[1] - 2 * MARGIN - HEADER - (rows - 1) * GAP) / rows;
  const title = pdfSafe(`${name} — storyboard`, fonts.bold);
  for (let p = 0; p < total; p++) {
    const page = pdf.addPage(PAGE);
    drawHeader(page, fonts, title, p, total);
    if (panels.length === 0)
      page.drawText('No shots yet.', { x: MARGIN, y: PAGE[1] / 2, size: 14, font: fonts.regular });
    panels.slice(p * perPage, (p + 1) * perPage).forEach((panel, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const box: Box = {
        x: MARGIN + col * (cellW + GAP),
        y: PAGE[1] - MARGIN - HEADER - (row + 1) * cellH - row * GAP,
        width: cellW,
        height: cellH,
      };
      drawPanel(page, box, panel, fonts, names);
    });
  }
  return savePdf(pdf);
}
