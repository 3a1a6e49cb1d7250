// Replaced frame images for the storyboard PDF: each asset read and embedded once, drawn fitted into its panel.
import { degrees, drawImage, rgb, type PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Shot } from '../../../src-preload/contract/entities';
import { embedPngAsIs, type EmbeddedImage } from './pdf-png';
import type { Box } from './pdf-sketch';

/** Reads a project asset by id; undefined when it is missing or not an image. */
export type AssetReader = (assetId: string) => Promise<{ mime: string; bytes: Uint8Array } | undefined>;

/** What a panel shows in its frame: the embedded image, or the sketch with a note saying why. */
export type FrameArt = { kind: 'image'; image: EmbeddedImage } | { kind: 'sketch'; note?: string };

const sized = (image: PDFImage): EmbeddedImage => ({
  ref: image.ref,
  width: image.width,
  height: image.height,
});

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
        return {
          kind: 'image',
          image: embedPngAsIs(pdf, asset.bytes) ?? sized(await pdf.embedPng(asset.bytes)),
        };
      case 'image/jpeg':
        // JPEG data goes into the PDF as it is (DCTDecode): embedJpg only reads the header.
        return { kind: 'image', image: sized(await pdf.embedJpg(asset.bytes)) };
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
export function drawFrameImage(page: PDFPage, frame: Box, image: EmbeddedImage): void {
  page.drawRectangle({ ...frame, color: rgb(0.92, 0.92, 0.92) });
  const name = page.node.newXObject('Frame', image.ref);
  const at = fitInto(frame, image.width, image.height);
  page.pushOperators(...drawImage(name, { ...at, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) }));
  page.drawRectangle({ ...frame, borderColor: rgb(0.15, 0.15, 0.15), borderWidth: 0.8 });
}
