// Replaced frame images for the storyboard PDF: each asset read and embedded once, drawn fitted into its panel.
import { rgb, type PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Shot } from '../../../src-preload/contract/entities';
import type { Box } from './pdf-sketch';

/** Reads a project asset by id; undefined when it is missing or not an image. */
export type AssetReader = (assetId: string) => Promise<{ mime: string; bytes: Uint8Array } | undefined>;

/** What a panel shows in its frame: the embedded image, or the sketch with a note saying why. */
export type FrameArt = { kind: 'image'; image: PDFImage } | { kind: 'sketch'; note?: string };

const FORMAT_NAMES: Record<string, string> = { 'image/gif': 'GIF', 'image/webp': 'WebP' };

/** Embeds one asset's bytes; PDF carries PNG and JPEG natively, anything else falls back to the sketch. */
async function embedAsset(
  pdf: PDFDocument,
  asset: { mime: string; bytes: Uint8Array } | undefined,
): Promise<FrameArt> {
  if (!asset) return { kind: 'sketch', note: 'Frame image missing from assets/; sketch shown.' };
  try {
    switch (asset.mime) {
      case 'image/png':
        return { kind: 'image', image: await pdf.embedPng(asset.bytes) };
      case 'image/jpeg':
        return { kind: 'image', image: await pdf.embedJpg(asset.bytes) };
      default: {
        const name = FORMAT_NAMES[asset.mime] ?? asset.mime;
        return { kind: 'sketch', note: `Frame image is ${name}, which a PDF cannot carry; sketch shown.` };
      }
    }
  } catch {
    // A damaged file must not stop the whole export: its panel keeps the sketch and says so.
    return { kind: 'sketch', note: 'Frame image could not be read; sketch shown.' };
  }
}

/**
 * Embeds every distinct frame asset of `shots` once (a shared image is one XObject however many
 * panels use it) and returns the art per asset id. Without a reader, every panel keeps its sketch.
 */
export async function embedFrames(
  pdf: PDFDocument,
  shots: readonly Shot[],
  read: AssetReader | undefined,
): Promise<Map<string, FrameArt>> {
  const art = new Map<string, FrameArt>();
  if (!read) return art;
  const ids = [...new Set(shots.map((s) => s.panel?.assetId).filter((id): id is string => !!id))];
  for (const id of ids) art.set(id, await embedAsset(pdf, await read(id)));
  return art;
}

/** The largest box of the image's aspect ratio that fits `frame`, centred in it. */
export function fitInto(frame: Box, width: number, height: number): Box {
  const scale = Math.min(frame.width / width, frame.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: frame.x + (frame.width - w) / 2, y: frame.y + (frame.height - h) / 2, width: w, height: h };
}

/** Draws the image letterboxed in the frame (light bars: the board is meant to be printed). */
export function drawFrameImage(page: PDFPage, frame: Box, image: PDFImage): void {
  page.drawRectangle({ ...frame, color: rgb(0.92, 0.92, 0.92) });
  page.drawImage(image, fitInto(frame, image.width, image.height));
  page.drawRectangle({ ...frame, borderColor: rgb(0.15, 0.15, 0.15), borderWidth: 0.8 });
}
