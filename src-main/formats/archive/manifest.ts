// The manifest of a .storyloom archive: format, versions and the sha256 of every part.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from './archive-limits';

export const ManifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.string().max(64),
  app: z.string().max(100),
  projectId: z.string().max(64),
  projectName: z.string().max(300),
  parts: z
    .array(
      z.strictObject({
        path: z.string().max(512),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().min(0),
      }),
    )
    .max(10_000),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
