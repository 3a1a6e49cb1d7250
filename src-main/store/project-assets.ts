// A project's image assets (storyboard frames, portraits): stored under assets/, carried by the archive.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../shared/failure';
import { newId } from '../shared/ids';
import { writeFileDurable } from './durable-write';

/** The largest image accepted as a frame (bytes). */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;

/** Image types an asset may be, recognised by their first bytes (never by the file name alone). */
const SIGNATURES: readonly { ext: string; mime: string; test: (b: Uint8Array) => boolean }[] = [
  {
    ext: '.png',
    mime: 'image/png',
    test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  },
  { ext: '.jpg', mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: '.gif',
    mime: 'image/gif',
    test: (b) => String.fromCharCode(...b.subarray(0, 4)) === 'GIF8',
  },
  {
    ext: '.webp',
    mime: 'image/webp',
    test: (b) =>
      String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
      String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
  },
];

const ASSET_ID = /^[\w-]{1,180}\.(png|jpg|jpeg|gif|webp)$/;

/** The media type of an image's bytes, or undefined when it is not a PNG, JPEG, GIF or WebP. */
export function imageTypeOf(bytes: Uint8Array): { ext: string; mime: string } | undefined {
  const found = SIGNATURES.find((s) => s.test(bytes));
  return found && { ext: found.ext, mime: found.mime };
}

/** Stores an image under `<projectDir>/assets/<ulid>.<ext>`; refuses anything that is not an image. */
export async function putAsset(
  projectDir: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<{ assetId: string; mime: string; bytes: number }> {
  if (bytes.length > MAX_ASSET_BYTES)
    throw new AppFailure(
      'ASSET_TOO_LARGE',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a frame image may be at most 20 MB.`,
      'Export a smaller image (a storyboard frame rarely needs more than 2000 pixels across).',
    );
  const type = imageTypeOf(bytes);
  if (!type)
    throw new AppFailure(
      'ASSET_NOT_IMAGE',
      `${fileName} is not a PNG, JPEG, GIF or WebP image.`,
      'Choose an image file saved in one of those formats.',
    );
  const assetId = `${newId()}${type.ext}`;
  await fs.mkdir(join(projectDir, 'assets'), { recursive: true });
  await writeFileDurable(join(projectDir, 'assets', assetId), bytes);
  return { assetId, mime: type.mime, bytes: bytes.length };
}

/** Reads an asset back with its media type; a missing or foreign name is refused. */
export async function getAsset(
  projectDir: string,
  assetId: string,
): Promise<{ mime: string; bytes: Buffer }> {
  const missing = () =>
    new AppFailure(
      'ASSET_NOT_FOUND',
      `The image ${assetId} is not in this project.`,
      'Replace the frame with the image again.',
    );
  if (!ASSET_ID.test(assetId)) throw missing();
  const bytes = await fs.readFile(join(projectDir, 'assets', assetId)).catch(() => {
    throw missing();
  });
  const type = imageTypeOf(bytes);
  if (!type) throw missing();
  return { mime: type.mime, bytes };
}

/** A reader of the project's assets for exports: a missing or foreign asset reads as undefined, never a throw. */
export function assetReader(
  projectDir: string,
): (assetId: string) => Promise<{ mime: string; bytes: Uint8Array } | undefined> {
  return (assetId) => getAsset(projectDir, assetId).catch(() => undefined);
}
