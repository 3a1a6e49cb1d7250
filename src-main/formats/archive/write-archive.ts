// Builds a .storyloom archive (zip) from a project's validated data, its chat logs and assets.
import { zipSync } from 'fflate';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { serializeProjectFile } from '../../store/serialize-project';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION } from './archive-limits';
import { sha256, type Manifest } from './manifest';

export interface ArchiveInput {
  project: ProjectFile;
  chat: Map<string, string>;
  assets: Map<string, Uint8Array>;
  appVersion: string;
  now?: Date;
}

export function writeArchive(input: ArchiveInput): Uint8Array {
  const encoder = new TextEncoder();
  const parts = new Map<string, Uint8Array>();
  // The journal sequence belongs to the exporting folder's journal, not to the archive (and keeps the file
  // readable by versions that know no journal).
  const { journalSeq: _local, ...portable } = input.project;
  parts.set('project.json', encoder.encode(serializeProjectFile(portable)));
  for (const [name, body] of input.chat) parts.set(name, encoder.encode(body));
  for (const [name, bytes] of input.assets) parts.set(name, bytes);
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: input.project.schemaVersion,
    exportedAt: (input.now ?? new Date()).toISOString(),
    app: `storyloom ${input.appVersion}`,
    projectId: input.project.project.id,
    projectName: input.project.project.name,
    parts: [...parts].map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length })),
  };
  const zipInput: Record<string, Uint8Array> = {
    'manifest.json': encoder.encode(JSON.stringify(manifest, null, 2)),
  };
  for (const [name, bytes] of parts) zipInput[name] = bytes;
  return zipSync(zipInput, { level: 6 });
}
