// The character bible PDF draws each character's portrait card (the same shapes as the app's SVG) on the sheet.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLE_COLOURS } from '../../../../src-main/domain/portrait-card';
import { writeCharacterBiblePdf } from '../../../../src-main/formats/pdf/character-bible-pdf';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { newProjectFile } from '../../../../src-main/store/new-project';
import { pdfFile } from '../../../fixtures/poppler';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Page 1 rendered in colour (PPM). */
function renderPage(pdf: string): Buffer {
  execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, `${pdf}-page`]);
  return readFileSync(`${pdf}-page.ppm`);
}

/** How many pixels of a rendered page are within a few levels of `hex`. */
function pixelsOf(ppm: Buffer, hex: string): number {
  // P6 header: magic, width, height, max value, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const start = header[0].length;
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = start; i + 2 < ppm.length; i += 3)
    if (want.every((v, k) => Math.abs(ppm[i + k]! - v) <= 6)) count += 1;
  return count;
}

describe('character bible portrait', () => {
  it("draws the card in the role's colour on the character's sheet", async () => {
    const builder = new ChangeBuilder(newProjectFile('Bible', 'short-film'), { via: 'manual' });
    builder.create('character', { name: 'Mara Lind', role: 'antagonist', age: 40 });
    const pdf = pdfFile(await writeCharacterBiblePdf(builder.work));
    const page = renderPage(pdf);
    expect(pixelsOf(page, ROLE_COLOURS['antagonist']!)).toBeGreaterThan(20);
    // Another role's colour appears at most in a stray anti-aliased pixel.
    expect(pixelsOf(page, ROLE_COLOURS['protagonist']!)).toBeLessThan(5);
  });
});
