// Embeds an opaque 8-bit PNG by passing its compressed data through (PDF reads PNG predictors), with no re-encode.
import type { PDFDocument, PDFRef } from 'pdf-lib';
import { crc32 } from '../../shared/crc32';

/** An image XObject in the document and its size in pixels. */
export interface EmbeddedImage {
  ref: PDFRef;
  width: number;
  height: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG colour types a PDF image carries as they are: grey and RGB (no alpha, no palette). */
const COLOURS: Record<number, { space: string; channels: number }> = {
  0: { space: 'DeviceGray', channels: 1 },
  2: { space: 'DeviceRGB', channels: 3 },
};

interface PngLayout {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
  transparent: boolean;
  data: Uint8Array[];
}

/** Reads the chunk list; undefined for anything that is not a well-formed PNG with intact checksums. */
function layoutOf(bytes: Uint8Array): PngLayout | undefined {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: PngLayout = {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
    interlaced: bytes[28] !== 0,
    transparent: false,
    data: [],
  };
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    // A damaged chunk must not reach the PDF as it is: embedPng then refuses it and the panel keeps its sketch.
    if (crc32(bytes.subarray(at + 4, end - 4)) !== view.getUint32(end - 4)) return undefined;
    if (type === 'IDAT') out.data.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'tRNS') out.transparent = true;
    if (type === 'IEND') return out;
    at = end;
  }
  return undefined;
}

/**
 * Embeds the PNG's zlib stream unchanged, with the predictor parameters that let a PDF reader undo the PNG
 * row filters. pdf-lib's embedPng decodes and re-compresses every pixel (about half a second for a 1280×720
 * frame); this takes microseconds. Undefined for PNGs it cannot carry as they are (alpha, palette, 16-bit,
 * interlaced): those go through embedPng.
 */
export function embedPngAsIs(pdf: PDFDocument, bytes: Uint8Array): EmbeddedImage | undefined {
  const png = layoutOf(bytes);
  const colour = png && COLOURS[png.colourType];
  if (!png || !colour || png.bitDepth !== 8 || png.interlaced || png.transparent || png.data.length === 0)
    return undefined;
  const data = new Uint8Array(png.data.reduce((n, d) => n + d.length, 0));
  png.data.reduce((at, d) => (data.set(d, at), at + d.length), 0);
  const stream = pdf.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    ColorSpace: colour.space,
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colour.channels, BitsPerComponent: 8, Columns: png.width },
  });
  return { ref: pdf.context.register(stream), width: png.width, height: png.height };
}
