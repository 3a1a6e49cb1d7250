// Opaque 8-bit PNGs go into the PDF as they are and render with their own colours; others are left to embedPng.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, degrees, drawImage } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { embedPngAsIs } from '../../../../src-main/formats/pdf/pdf-png';
import { pdfFile, pdfImages, rasterImage } from '../../../fixtures/poppler';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A 1×1 PNG with an alpha channel (colour type 6). */
const RGBA_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The RGB value of one pixel of page 1 rendered by pdftoppm at 72 dpi (PPM output). */
function pixelAt(file: string, x: number, y: number): [number, number, number] {
  const prefix = path.join(path.dirname(file), 'pixels');
  execFileSync('pdftoppm', ['-r', '72', '-singlefile', file, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const at = header[0].length + (y * Number(header[1]) + x) * 3;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

describe('embedPngAsIs', () => {
  it('carries an RGB PNG unchanged and the page shows its pixels (red border, blue centre)', async () => {
    const png = await rasterImage('png', 64, 32);
    const pdf = await PDFDocument.create();
    const image = embedPngAsIs(pdf, png)!;
    expect(image).toMatchObject({ width: 64, height: 32 });
    const page = pdf.addPage([64, 32]);
    const name = page.node.newXObject('Frame', image.ref);
    const place = {
      x: 0,
      y: 0,
      width: 64,
      height: 32,
      rotate: degrees(0),
      xSkew: degrees(0),
      ySkew: degrees(0),
    };
    page.pushOperators(...drawImage(name, place));
    const file = pdfFile(await pdf.save());
    expect(pdfImages(file)).toMatchObject([{ width: 64, height: 32, enc: 'image' }]);
    const [r, , b] = pixelAt(file, 2, 2);
    expect(r).toBeGreaterThan(150);
    expect(b).toBeLessThan(80);
    const [r2, , b2] = pixelAt(file, 32, 16);
    expect(r2).toBeLessThan(80);
    expect(b2).toBeGreaterThan(120);
  });

  it('leaves PNGs with alpha, and bytes that are no PNG, to embedPng', async () => {
    const pdf = await PDFDocument.create();
    expect(embedPngAsIs(pdf, RGBA_1PX)).toBeUndefined();
    expect(embedPngAsIs(pdf, new Uint8Array(40))).toBeUndefined();
    expect(embedPngAsIs(pdf, (await rasterImage('png', 8, 8)).subarray(0, 40))).toBeUndefined();
    // One flipped byte in the pixel data: the chunk checksum no longer matches.
    const damaged = Buffer.from(await rasterImage('png', 8, 8));
    damaged[damaged.indexOf('IDAT') + 6]! ^= 0xff;
    expect(embedPngAsIs(pdf, damaged)).toBeUndefined();
  });
});
