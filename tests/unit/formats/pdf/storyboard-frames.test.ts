// The storyboard PDF draws replaced frame images (PNG, JPEG) from assets/, once per asset, and notes what it cannot carry.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { embedFrames, fitInto } from '../../../../src-main/formats/pdf/pdf-frames';
import { writeStoryboardPdf } from '../../../../src-main/formats/pdf/storyboard-pdf';
import { createServices } from '../../../../src-main/services';
import { assetReader, putAsset } from '../../../../src-main/store/project-assets';
import { runCliIn } from '../../../fixtures/cli-run';
import { pdfFile, pdfImages, pdfInfo, pdfPages, pdfText, rasterImage } from '../../../fixtures/poppler';
import { seededProject } from '../../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A WebP header (RIFF … WEBP): enough for the asset store to take it as a WebP image. */
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(8)]);

/** A seeded project whose scene 1 has shots with a PNG, a JPEG, the PNG again, a WebP and a missing asset. */
async function boardedProject() {
  const seeded = await seededProject('Boarded');
  const { session, dir, ids } = seeded;
  const png = await putAsset(dir, 'wide.png', await rasterImage('png', 64, 32));
  const jpeg = await putAsset(dir, 'tall.jpg', await rasterImage('jpeg', 30, 48));
  const webp = await putAsset(dir, 'frame.webp', WEBP);
  const via = { via: 'manual' as const };
  await session.updateEntity('shot', ids.shot, { panel: { assetId: png.assetId } }, via);
  const assets = [jpeg.assetId, png.assetId, webp.assetId, 'gone.png'];
  for (const [i, assetId] of assets.entries()) {
    const shot = { sceneId: ids.scene1, number: i + 2, size: 'MS', angle: 'eye', movement: 'static' };
    await session.createEntity('shot', { ...shot, panel: { assetId } }, via);
  }
  return seeded;
}

describe('storyboard PDF with replaced frames', () => {
  it('embeds the PNG and the JPEG once each, through `storyloom export`, and the PDF opens', async () => {
    const { root, projectId, session } = await boardedProject();
    await session.close();
    const out = join(makeTempDir(), 'board.pdf');
    const run = await runCliIn(root, ['export', projectId, '--format', 'pdf', '--out', out]);
    expect(run.code, run.err).toBe(0);
    expect(pdfInfo(out).get('Pages')).toBe('1');
    const images = pdfImages(out);
    // Three panels show an image (the PNG twice), drawn from two image objects.
    expect(images).toHaveLength(3);
    expect(images.map((i) => [i.width, i.height, i.enc]).sort()).toEqual([
      [30, 48, 'jpeg'],
      [64, 32, 'image'],
      [64, 32, 'image'],
    ]);
    expect(new Set(images.map((i) => i.object)).size).toBe(2);
  });

  it('chat "export the storyboard as PDF" carries the frames too', async () => {
    const { root, projectId, session, dir } = await boardedProject();
    await session.close();
    const services = createServices({ root, transport: 'cli', appDir: makeTempDir('storyloom-app-') });
    const turn = await services.chat.send(projectId, 'export the storyboard as PDF');
    await services.shutdown();
    const name = /exports\/([^:]+\.pdf)/.exec(turn.reply)?.[1];
    expect(name, turn.reply).toBeDefined();
    const images = pdfImages(join(dir, 'exports', name!));
    expect(images.map((i) => i.enc).sort()).toEqual(['image', 'image', 'jpeg']);
  });

  it('keeps the sketch for WebP and missing assets and says so in the panel', async () => {
    const { session, dir } = await boardedProject();
    const bytes = await writeStoryboardPdf(session.file, { readAsset: assetReader(dir) });
    await session.close();
    const text = pdfText(pdfFile(bytes));
    expect(text).toContain('Frame image is WebP, which a PDF cannot carry; sketch shown.');
    expect(text).toContain('Frame image missing from assets/; sketch shown.');
  });

  it('without an asset reader every panel is a sketch (no images embedded)', async () => {
    const { session } = await boardedProject();
    const bytes = await writeStoryboardPdf(session.file);
    await session.close();
    const file = pdfFile(bytes);
    expect(pdfPages(file)).toBe(1);
    expect(pdfImages(file)).toEqual([]);
  });
});

describe('embedFrames', () => {
  it('reads each asset once however many shots use it, and turns a damaged or GIF image into a noted sketch', async () => {
    const { session } = await boardedProject();
    const shots = session.file.entities.shots;
    await session.close();
    const reads: string[] = [];
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 1, 2, 3]);
    const gif = new TextEncoder().encode('GIF89a');
    const art = await embedFrames(await PDFDocument.create(), shots, async (id) => {
      reads.push(id);
      if (id.endsWith('.png')) return { mime: 'image/gif', bytes: gif };
      return id.endsWith('.jpg') ? { mime: 'image/jpeg', bytes: broken } : undefined;
    });
    expect(reads.sort()).toEqual(
      [...new Set(shots.map((s) => s.panel?.assetId ?? ''))].filter(Boolean).sort(),
    );
    const notes = [...art.values()].map((a) => (a.kind === 'sketch' ? a.note : 'image'));
    expect(notes).toContain('Frame image could not be read; sketch shown.');
    expect(notes).toContain('Frame image is GIF, which a PDF cannot carry; sketch shown.');
    expect(notes).not.toContain('image');
  });
});

describe('fitInto', () => {
  it('keeps the aspect ratio and centres the image in the frame', () => {
    const frame = { x: 10, y: 20, width: 160, height: 90 };
    expect(fitInto(frame, 30, 48)).toEqual({ x: 61.875, y: 20, width: 56.25, height: 90 });
    expect(fitInto(frame, 64, 32)).toEqual({ x: 10, y: 25, width: 160, height: 80 });
    expect(fitInto(frame, 1600, 900)).toEqual(frame);
  });
});
