// The character bible PDF draws each character's portrait card (the same shapes as the app's SVG), or its generated image.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLE_COLOURS } from '../../../../src-main/domain/portrait-card';
import { writeCharacterBiblePdf } from '../../../../src-main/formats/pdf/character-bible-pdf';
import { renderExport } from '../../../../src-main/formats/export/render-export';
import { assetReader, putAsset } from '../../../../src-main/store/project-assets';
import { solidPng } from '../../../fakes/fake-png';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { newProjectFile } from '../../../../src-main/store/new-project';
import { pdfFile } from '../../../fixtures/poppler';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

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

  it('prints the generated portrait instead of the card when the project has one', async () => {
    const dir = makeTempDir('storyloom-bible-');
    const { assetId } = await putAsset(dir, 'portrait', solidPng(40, 50, '#2a9d8f'));
    const builder = new ChangeBuilder(newProjectFile('Bible', 'short-film'), { via: 'manual' });
    builder.create('character', { name: 'Mara Lind', role: 'antagonist', age: 40, portraitAssetId: assetId });
    const rendered = await renderExport(builder.work, 'bible', { readAsset: assetReader(dir) });
    const page = renderPage(pdfFile(rendered.bytes));
    expect(pixelsOf(page, '#2a9d8f')).toBeGreaterThan(100);
    expect(pixelsOf(page, ROLE_COLOURS['antagonist']!)).toBeLessThan(5);
  });

  it('falls back to the card when the image is missing or one the PDF cannot embed', async () => {
    const builder = new ChangeBuilder(newProjectFile('Bible', 'short-film'), { via: 'manual' });
    const mara = builder.create('character', {
      name: 'Mara Lind',
      role: 'antagonist',
      portraitAssetId: '01ARZ3NDEKTSV4RRFFQ69G5FAV.png',
    }).id;
    const missing = await renderExport(builder.work, 'bible', { readAsset: assetReader(makeTempDir()) });
    expect(pixelsOf(renderPage(pdfFile(missing.bytes)), ROLE_COLOURS['antagonist']!)).toBeGreaterThan(20);
    const gif = new Map([[mara, { mime: 'image/gif', bytes: Buffer.from('GIF89a') }]]);
    const page = renderPage(pdfFile(await writeCharacterBiblePdf(builder.work, gif)));
    expect(pixelsOf(page, ROLE_COLOURS['antagonist']!)).toBeGreaterThan(20);
  });
});
