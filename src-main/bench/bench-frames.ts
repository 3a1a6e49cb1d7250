// Replaced frame images for the export bench: distinct 1280×720 PNG frames, made in memory (no image library).
import { deflateSync } from 'node:zlib';
import type { ProjectFile } from '../../src-preload/contract/project';
import type { AssetReader } from '../formats/pdf/pdf-frames';
import { crc32 } from '../shared/crc32';

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An opaque RGB PNG with a pattern that differs per `seed` (what a paint program saves for a frame). */
export function framePng(width: number, height: number, seed: number): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * row + 1 + x * 3;
      raw[at] = (x + seed * 7) & 255;
      raw[at + 1] = (y * 2 + seed) & 255;
      raw[at + 2] = ((x ^ y) + seed * 13) & 255;
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Gives every `every`-th shot its own frame image; returns the project and a reader of those images. */
export function withFrames(file: ProjectFile, every: number): { file: ProjectFile; readAsset: AssetReader } {
  const assets = new Map<string, Uint8Array>();
  const shots = file.entities.shots.map((shot, i) => {
    if (i % every !== 0) return shot;
    const assetId = `frame-${i}.png`;
    assets.set(assetId, framePng(1280, 720, i));
    return { ...shot, panel: { ...shot.panel, assetId } };
  });
  const readAsset: AssetReader = async (id) => {
    const bytes = assets.get(id);
    return bytes && { mime: 'image/png', bytes };
  };
  return { file: { ...file, entities: { ...file.entities, shots } }, readAsset };
}
